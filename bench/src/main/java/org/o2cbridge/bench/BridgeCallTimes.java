package org.o2cbridge.bench;

/**
 * The bridge's own count and sum of milliseconds of its calls to one external system, from the
 * {@code o2c_external_call_milliseconds} histogram on {@code /metrics} (Prometheus text): the time
 * from sending a call to its answer as the bridge sees it, to set beside the simulator's time per
 * served call.
 */
record BridgeCallTimes(double count, double sumMillis) {

    private static final String NAME = "o2c_external_call_milliseconds";

    static BridgeCallTimes read(String bridge, String system) throws Exception {
        String text = Http.getText(bridge + "/metrics");
        double count = 0;
        double sum = 0;
        for (String line : text.lines().toList()) {
            if (!line.contains("system=\"" + system + "\"")) {
                continue;
            }
            if (line.startsWith(NAME + "_count{")) {
                count += value(line);
            } else if (line.startsWith(NAME + "_sum{")) {
                sum += value(line);
            }
        }
        return new BridgeCallTimes(count, sum);
    }

    /** Mean milliseconds of the calls made between {@code before} and this reading. */
    double meanSince(BridgeCallTimes before) {
        double calls = count - before.count;
        return calls <= 0 ? Double.NaN : (sumMillis - before.sumMillis) / calls;
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
    }
}
