package io.github.streamcause.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.InvalidStateException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The binary state from another process (a file a user names), and reason texts from anywhere: a state
 * reads or is refused with an {@link InvalidStateException}, and one that reads writes back to the same
 * report; recognition and description never fail.
 */
class StateAndTextFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new StreamCauseModule());

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void reportState(byte[] state) throws IOException {
        InterruptionReport r;
        try {
            r = InterruptionReport.readFrom(new ByteArrayInputStream(state));
        } catch (InvalidStateException e) {
            Outcomes.oneLine(e);
            return;
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        r.writeTo(again);
        InterruptionReport back = InterruptionReport.readFrom(new ByteArrayInputStream(again.toByteArray()));
        assertThat(JSON.writeValueAsString(back)).isEqualTo(JSON.writeValueAsString(r));
        assertThat(back.identities()).isEqualTo(r.identities());
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#texts")
    @FuzzTest(maxDuration = "60s")
    void reasonText(String text) {
        List<InterruptionCause> causes = ErrorCodes.recognize(text);
        assertThat(causes).doesNotContainNull();
        if (causes.size() > 1) {
            // a shared text: its causes share category and recovery
            assertThat(causes.stream().map(InterruptionCause::category).distinct())
                    .hasSize(1);
            assertThat(causes.stream().map(InterruptionCause::recovery).distinct())
                    .hasSize(1);
        }
        List<String> near = ErrorCodes.closestTexts(text);
        assertThat(near).hasSizeLessThanOrEqualTo(3);
        if (!causes.isEmpty()) {
            assertThat(near).isEmpty();
        }
        for (String known : near) {
            assertThat(ErrorCodes.recognize(known))
                    .as("a nearest text is known: %s", known)
                    .isNotEmpty();
        }
        for (int code : new int[] {18, 21, 5, 99, -1}) {
            Diagnosis d = ErrorCodes.describe(code, text);
            assertThat(d.code()).isEqualTo(code);
            if (code == 18 && d.subcode() != ErrorCodes.NO_SUBCODE) {
                assertThat(causes)
                        .as("the subcode of 18 comes from a cause of the text")
                        .contains(d.cause());
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyPair(FuzzedDataProvider data) {
        int code = data.consumeInt();
        int subcode = data.consumeInt();
        Diagnosis d = ErrorCodes.describe(code, subcode);
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.subcode()).isEqualTo(subcode);
        assertThat(d.description()).isNotBlank();
        // the rules of docs/classification.md: outside 0-35 undocumented; 18 and 21 with an unlisted
        // subcode undocumented; any other code of the table documented, whatever the subcode
        boolean inTable = code >= 0 && code <= 35;
        boolean unlisted = (code == 18 || code == 21)
                && subcode != 0
                && !ErrorCodes.lookup(code, subcode).isPresent();
        assertThat(d.documented()).as("%d/%d", code, subcode).isEqualTo(inTable && !unlisted);
        ErrorCodes.lookup(code, subcode).ifPresent(c -> assertThat(d.cause()).isEqualTo(c));
    }
}
