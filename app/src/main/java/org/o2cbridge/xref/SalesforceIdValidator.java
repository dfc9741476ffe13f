package org.o2cbridge.xref;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SalesforceIdOf}; a missing value is left to {@code @NotNull}. */
public class SalesforceIdValidator implements ConstraintValidator<SalesforceIdOf, String> {

    private String keyPrefix;

    @Override
    public void initialize(SalesforceIdOf annotation) {
        keyPrefix = annotation.keyPrefix();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || SalesforceId.parse(value).filter(id -> id.keyPrefix().equals(keyPrefix)).isPresent();
    }
}
