package org.o2cbridge.connector;

import org.o2cbridge.connector.transform.Countries;
import org.o2cbridge.connector.transform.FieldValueException;
import org.o2cbridge.connector.transform.Quantities;
import org.o2cbridge.mapping.MappingService;

import java.math.BigDecimal;

import static org.o2cbridge.mapping.MappingService.COUNTRY;

/**
 * The shared field transforms as an ERP adapter applies them: with the operator's mapping rows
 * first where there are any, and a value no transform can send turned into a rejection by that
 * ERP, so the work is a dead letter whose message names the value and the fix.
 */
public final class ErpFieldValues {

    /** The code of a rejection for a value the operator's mapping rows do not map. */
    public static final String MAPPING_MISSING = "MAPPING_MISSING";

    private ErpFieldValues() {
    }

    /** The line's quantity at the ERP field's {@code decimals}; see {@link Quantities#toScale}. */
    public static BigDecimal quantity(String system, ErpSalesOrder.Line line, int decimals) {
        try {
            return Quantities.toScale(line.quantity(), decimals, line.label());
        } catch (FieldValueException e) {
            throw new RejectedCallException(system, null, e.code(), e.getMessage(), e);
        }
    }

    /**
     * The country as the ERP wants it: the operator's {@code <system>/country} row for the text
     * when there is one, else the ISO code the text names in the ERP's {@code form}; null for no
     * country. Text naming no country is refused rather than sent for the ERP to refuse or, worse,
     * to store.
     */
    public static String country(String system, MappingService mappings, String text, Countries.CodeForm form) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return mappings.lookup(system, COUNTRY, text).or(() -> Countries.code(text, form))
                .orElseThrow(() -> new RejectedCallException(system, null, Countries.UNKNOWN, "The country '" + text
                        + "' is neither an ISO 3166 code nor a country name the bridge knows: correct it in Salesforce "
                        + "or add the mapping " + system + "/" + COUNTRY + "/" + text + " with the ERP's code", null));
    }

    /**
     * The ERP's code for a Salesforce value that has no meaning outside Salesforce (payment terms,
     * a shipping method): the operator's {@code <system>/<type>/<value>} row, null for no value. A
     * value without a row is refused naming the row to add, rather than sent for the ERP to refuse
     * or to read as something else.
     */
    public static String mapped(String system, MappingService mappings, String type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String row = system + "/" + type + "/" + value;
        return mappings.lookup(system, type, value).orElseThrow(() -> new RejectedCallException(system, null,
                MAPPING_MISSING, "No mapping " + row + " gives the " + system + " code of " + type.replace('-', ' ')
                + " '" + value + "': add it through the admin API (PUT /api/v1/admin/mappings/" + row + ")", null));
    }
}
