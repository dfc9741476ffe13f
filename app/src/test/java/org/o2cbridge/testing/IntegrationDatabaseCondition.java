package org.o2cbridge.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the integration suite, before any server starts, when its database cannot be had (the
 * PostgreSQL variant on a machine without PostgreSQL), and says why.
 */
public class IntegrationDatabaseCondition implements ExecutionCondition {

    static final String SKIP_REASON = "o2c.it.skip-reason";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = System.getProperty(SKIP_REASON);
        return reason == null
                ? ConditionEvaluationResult.enabled("integration database ready")
                : ConditionEvaluationResult.disabled(reason);
    }
}
