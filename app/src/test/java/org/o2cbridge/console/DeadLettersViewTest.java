package org.o2cbridge.console;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLettersViewTest {

    @Test
    void aPayloadIsEditedPrettyPrintedOnePropertyALine() {
        String pretty = DeadLettersView.pretty("{\"a\":1,\"b\":{\"c\":\"x\"}}");

        assertEquals(List.of("{", "\"a\": 1,", "\"b\": {", "\"c\": \"x\"", "}", "}"),
                pretty.lines().map(String::strip).toList(), pretty);
        assertEquals("not json", DeadLettersView.pretty("not json"));
    }

    @Test
    void theChangesAreAUnifiedLineDiffAndNoneWhenNothingChanged() {
        String stored = DeadLettersView.pretty("{\"a\":1,\"b\":\"WID-999\",\"c\":3}");
        String edited = stored.replace("WID-999", "WID-200");

        List<String> changes = DeadLettersView.diff(stored, edited);

        assertTrue(changes.contains("-    \"b\": \"WID-999\","), String.join("\n", changes));
        assertTrue(changes.contains("+    \"b\": \"WID-200\","), String.join("\n", changes));
        assertEquals(List.of(), DeadLettersView.diff(stored, stored));
    }
}
