package org.o2cbridge.xref;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text is a Salesforce id of one object type: 18 characters with a matching
 * checksum suffix (or the 15-character form), starting with the type's key prefix.
 */
@Constraint(validatedBy = SalesforceIdValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
public @interface SalesforceIdOf {

    /** The object type's key prefix, e.g. {@code 801} for Order. */
    String keyPrefix();

    /** The object type's name, for the message. */
    String object();

    String message() default "must be a Salesforce {object} id: 18 characters with a valid checksum suffix "
            + "(or the 15-character form) starting with {keyPrefix}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
