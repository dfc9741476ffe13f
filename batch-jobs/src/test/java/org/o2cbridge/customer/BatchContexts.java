package org.o2cbridge.customer;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;

import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A job's and a step's contexts as the batch runtime gives them, kept in maps, for artifacts under test. */
final class BatchContexts {

    final Map<String, Object> values = new HashMap<>();

    JobContext job() {
        return (JobContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> 7L;
                    case "getJobName" -> CustomerInitialLoadJob.NAME;
                    case "getExitStatus" -> values.get("exitStatus");
                    case "setExitStatus" -> values.put("exitStatus", args[0]);
                    case "toString" -> "job context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    StepContext step() {
        return (StepContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StepContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getStepName" -> "load";
                    case "getTransientUserData" -> values.get("transient");
                    case "setTransientUserData" -> values.put("transient", args[0]);
                    case "getPersistentUserData" -> (Serializable) values.get("persistent");
                    case "setPersistentUserData" -> values.put("persistent", args[0]);
                    case "toString" -> "step context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
