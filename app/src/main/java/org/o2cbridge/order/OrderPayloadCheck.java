package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.o2cbridge.outbox.DeadLetterService;
import org.o2cbridge.outbox.PayloadCheck;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.platform.problem.ValidationProblems;

import java.util.List;
import java.util.Set;

/**
 * Checks an operator's corrected payload of an order's work as the order was checked when the
 * Salesforce package handed it over: the order steps' payload is an order event (the contract's
 * constraints, ids in their 18-character form), the customer step's its account; all must belong
 * to the letter's order. A payload that is not the step's JSON, or breaks a constraint, is a 400
 * naming what is wrong.
 */
@ApplicationScoped
public class OrderPayloadCheck implements PayloadCheck {

    @Inject
    Jsonb jsonb;

    @Inject
    Validator validator;

    @Override
    public Set<String> actions() {
        return Set.of(OrderEventRecorder.ROUTE, OrderEventRecorder.UPSERT_SALES_ORDER, OrderEventRecorder.UPSERT_CUSTOMER,
                OrderEventRecorder.READ_ORDER_NUMBER, OrderEventRecorder.WRITE_BACK);
    }

    @Override
    public String check(String action, String aggregateId, String payload) {
        return switch (action) {
            case OrderEventRecorder.ROUTE, OrderEventRecorder.UPSERT_SALES_ORDER -> {
                OrderEvent order = valid(parse(payload, OrderEvent.class, "an order event"), "an order event");
                OrderEvent normalized = order.normalized();
                sameOrder(aggregateId, normalized.sfOrderId(), "/sfOrderId");
                yield jsonb.toJson(normalized);
            }
            case OrderEventRecorder.UPSERT_CUSTOMER -> {
                CustomerWork customer = parse(payload, CustomerWork.class, "a customer step");
                if (customer.account() == null) {
                    throw invalid("a customer step", List.of(new Problem.FieldError("/account", "must not be null")));
                }
                valid(customer.account(), "a customer step's account");
                yield jsonb.toJson(new CustomerWork(customer.account().normalized(), customer.currency(),
                        customer.legalEntity()));
            }
            case OrderEventRecorder.READ_ORDER_NUMBER -> {
                OrderNumberReadWork read = parse(payload, OrderNumberReadWork.class, "an order-number read");
                required(read.internalId(), "/internalId", "an order-number read");
                sameOrder(aggregateId, required(read.sfOrderId(), "/sfOrderId", "an order-number read"), "/sfOrderId");
                yield jsonb.toJson(read);
            }
            default -> {
                OrderWriteBackWork writeBack = parse(payload, OrderWriteBackWork.class, "a write-back");
                String status = required(writeBack.syncStatus(), "/syncStatus", "a write-back");
                if (!status.equals(OrderWriteBackWork.SYNCED) && !status.equals(OrderWriteBackWork.FAILED)) {
                    throw invalid("a write-back", List.of(new Problem.FieldError("/syncStatus",
                            "must be " + OrderWriteBackWork.SYNCED + " or " + OrderWriteBackWork.FAILED)));
                }
                sameOrder(aggregateId, required(writeBack.sfOrderId(), "/sfOrderId", "a write-back"), "/sfOrderId");
                yield jsonb.toJson(writeBack);
            }
        };
    }

    private <T> T parse(String payload, Class<T> type, String what) {
        T value;
        try {
            value = jsonb.fromJson(payload, type);
        } catch (JsonbException e) {
            throw DeadLetterService.badPayload("The payload is not valid JSON for " + what + ": "
                    + OrderEventReader.rootMessage(e));
        }
        if (value == null) {
            throw DeadLetterService.badPayload("The payload is JSON null; expected " + what + ".");
        }
        return value;
    }

    private <T> T valid(T value, String what) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw invalid(what, ValidationProblems.errorsOf(violations));
        }
        return value;
    }

    private static String required(String value, String pointer, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(what, List.of(new Problem.FieldError(pointer, "must not be blank")));
        }
        return value;
    }

    /** The letter's work is of one order; a payload of another would sync that one instead. */
    private static void sameOrder(String aggregateId, String sfOrderId, String pointer) {
        if (!org.o2cbridge.xref.SalesforceId.parse(sfOrderId).map(id -> id.value()).orElse(sfOrderId).equals(aggregateId)) {
            throw invalid("this letter", List.of(new Problem.FieldError(pointer,
                    "must stay " + aggregateId + ", the order of this letter")));
        }
    }

    private static ProblemException invalid(String what, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "Bad Request", "invalid-payload",
                "The payload is not valid for " + what + ": " + ValidationProblems.summaryOf(errors)).withErrors(errors));
    }
}
