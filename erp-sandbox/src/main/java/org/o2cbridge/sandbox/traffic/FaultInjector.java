package org.o2cbridge.sandbox.traffic;

import java.util.Random;

/**
 * Decides the fault of each call under a {@link FaultPlan}: the first calls get the plan's fixed
 * counts (throttle, then unavailable, then timeout, then lost response); after that one draw from
 * a generator seeded by the plan picks by the shares. One draw is made per call whatever its
 * outcome, so the same plan and the same number of calls always give the same sequence.
 */
final class FaultInjector {

    private FaultPlan plan;
    private Random random;
    private long calls;

    FaultInjector(FaultPlan plan) {
        apply(plan);
    }

    synchronized void apply(FaultPlan next) {
        plan = next;
        random = new Random(next.seed());
        calls = 0;
    }

    synchronized FaultPlan plan() {
        return plan;
    }

    /** The fault of the next call of {@code operation} (null: any); calls the plan does not cover get none. */
    synchronized Fault next(String operation) {
        if (operation != null && !plan.covers(operation)) {
            return Fault.NONE;
        }
        long index = calls++;
        FaultPlan.FirstCalls first = plan.firstCalls();
        long[] counts = {first.throttle(), first.unavailable(), first.timeout(), first.lostResponse()};
        Fault[] kinds = {Fault.THROTTLE, Fault.UNAVAILABLE, Fault.TIMEOUT, Fault.LOST_RESPONSE};
        for (int i = 0; i < counts.length; i++) {
            if (index < counts[i]) {
                return kinds[i];
            }
            index -= counts[i];
        }
        double draw = random.nextDouble();
        double[] shares = {plan.throttleRate(), plan.unavailableRate(), plan.timeoutRate(), plan.lostResponseRate()};
        double bound = 0;
        for (int i = 0; i < shares.length; i++) {
            bound += shares[i];
            if (draw < bound) {
                return kinds[i];
            }
        }
        return Fault.NONE;
    }
}
