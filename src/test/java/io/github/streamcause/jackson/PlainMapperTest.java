package io.github.streamcause.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.LogLine;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an {@link ObjectMapper} without {@link StreamCauseModule} does with the public types (docs/payloads.md
 * says the same): it writes the module's JSON once it finds the module, refuses the types it cannot write
 * whole, and writes the enums by name.
 */
class PlainMapperTest {
    private static final String BODY =
            "{\"event_type\":0,\"errcode\":18,\"sub_errcode\":202,\"sequence\":\"9\",\"stream_id\":\"c\"}";

    private static InterruptionReport report() {
        return InterruptionReport.builder()
                .add(CallbackEvent.parse(BODY).toStreamEvent())
                .build();
    }

    @Test
    void aPlainMapperRefusesWhatItCannotWriteWholeAndSaysWhich() {
        ObjectMapper plain = new ObjectMapper();
        StreamEvent event = CallbackEvent.parse(BODY).toStreamEvent();
        for (Object value : List.of(
                ErrorCodes.describe(18, 202),
                report(),
                event,
                event.stream(),
                event.id().get(),
                report().streams().get(0),
                Rejection.of("x.log", 3, "blank line"),
                InputSummary.of("x.log", "callback log", 3, 1, 0))) {
            assertThatThrownBy(() -> plain.writeValueAsString(value))
                    .as("%s", value.getClass())
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageContaining(value.getClass().getName())
                    .hasMessageContaining("no properties discovered");
        }
        for (Class<?> type : List.of(Diagnosis.class, InterruptionReport.class, StreamKey.class, StreamSummary.class)) {
            assertThatThrownBy(() -> plain.readValue("{\"code\":18}", type))
                    .as("%s", type)
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageContaining("Cannot construct instance of `" + type.getName() + "`");
        }
    }

    @Test
    void enumsAreTheirNamesWithAndWithoutTheModule() throws IOException {
        for (ObjectMapper mapper :
                List.of(new ObjectMapper(), new ObjectMapper().registerModule(new StreamCauseModule()))) {
            assertThat(mapper.writeValueAsString(InterruptionCause.ACCOUNT_IN_ARREARS))
                    .isEqualTo("\"ACCOUNT_IN_ARREARS\"");
            assertThat(mapper.readValue("\"ACCOUNT_IN_ARREARS\"", InterruptionCause.class))
                    .isSameAs(InterruptionCause.ACCOUNT_IN_ARREARS);
            assertThat(mapper.writeValueAsString(Map.of(InterruptionCause.UNDOCUMENTED_CODE, List.of(Category.AUTH))))
                    .isEqualTo("{\"UNDOCUMENTED_CODE\":[\"AUTH\"]}");
            assertThat(mapper.writeValueAsString(Recovery.RETRY)).isEqualTo("\"RETRY\"");
        }
    }

    @Test
    void findAndRegisterModulesFindsTheModuleInEnglish() throws IOException {
        ObjectMapper registered = new ObjectMapper().registerModule(new StreamCauseModule());
        for (ObjectMapper found : List.of(
                new ObjectMapper().findAndRegisterModules(),
                JsonMapper.builder().findAndAddModules().build())) {
            Diagnosis d = ErrorCodes.describe(18, 650);
            assertThat(found.writeValueAsString(d)).isEqualTo(registered.writeValueAsString(d));
            assertThat(found.readValue(found.writeValueAsString(d), Diagnosis.class))
                    .isEqualTo(d);
            InterruptionReport r = report();
            assertThat(found.writeValueAsString(r)).isEqualTo(registered.writeValueAsString(r));
            assertThat(found.readValue(found.writeValueAsString(r), InterruptionReport.class)
                            .byCause())
                    .isEqualTo(r.byCause());
        }
        assertThat(ObjectMapper.findModules()).anySatisfy(m -> assertThat(m).isInstanceOf(StreamCauseModule.class));
    }

    @Test
    void aModuleRegisteredFirstIsKeptByFindAndRegisterModules() throws IOException {
        ObjectMapper korean = new ObjectMapper()
                .registerModule(new StreamCauseModule(Locale.KOREAN))
                .findAndRegisterModules();
        assertThat(korean.readTree(korean.writeValueAsString(ErrorCodes.describe(18, 202)))
                        .get("cause")
                        .get("description")
                        .textValue())
                .isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.description(Locale.KOREAN));
    }

    @Test
    void aPlainMapperWritesOnlyThePredicatesOfTheTypesThatHaveIsMethods() throws IOException {
        // what docs/payloads.md says: their other accessors are not getters (errcode(), event(), overrides()),
        // isInterruption(), isPush(), isRejected() and isDefault() are. No form of the value; not meant for a mapper.
        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(plain.writeValueAsString(CallbackEvent.parse(BODY))))
                .as("in either order: Jackson orders them as reflection lists the methods")
                .isEqualTo(plain.readTree("{\"interruption\":true,\"push\":false}"));
        assertThat(plain.writeValueAsString(LogLine.rejected("x.log", 1, "blank line")))
                .isEqualTo("{\"rejected\":true}");
        assertThat(plain.writeValueAsString(Classification.defaults())).isEqualTo("{\"default\":true}");
    }
}
