package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import org.junit.jupiter.api.Test;

/** The readers need jackson-core 2.16 or newer and say so, naming the version found (OldJacksonIT runs it). */
class JacksonVersionTest {
    private static Version core(int major, int minor, int patch, String snapshot) {
        return new Version(major, minor, patch, snapshot, "com.fasterxml.jackson.core", "jackson-core");
    }

    @Test
    void versionsBefore216AreRefusedByName() {
        assertThat(Json.unusable(core(2, 15, 2, null)))
                .isEqualTo("StreamCause needs jackson-core 2.16 or newer; found 2.15.2 on the class path");
        assertThat(Json.unusable(core(2, 12, 7, null)))
                .isEqualTo("StreamCause needs jackson-core 2.16 or newer; found 2.12.7 on the class path");
        assertThat(Json.unusable(core(2, 15, 99, "SNAPSHOT")))
                .isEqualTo("StreamCause needs jackson-core 2.16 or newer; found 2.15.99-SNAPSHOT on the class path");
        assertThat(Json.unusable(core(1, 9, 13, null))).startsWith("StreamCause needs jackson-core 2.16 or newer");
    }

    @Test
    void versionsFrom216OnAndUnknownOnesAreUsed() {
        assertThat(Json.unusable(core(2, 16, 0, null))).isNull();
        assertThat(Json.unusable(core(2, 16, 0, "rc1"))).isNull();
        assertThat(Json.unusable(core(2, 23, 0, null))).isNull();
        assertThat(Json.unusable(core(3, 0, 0, null))).isNull();
        assertThat(Json.unusable(Version.unknownVersion())).isNull();
        assertThat(Json.unusable(PackageVersion.VERSION)).as("the build's own").isNull();
    }

    @Test
    void theFactoryIsBuiltWithTheBuildsJackson() {
        assertThat(Json.factory()).isSameAs(Json.factory());
        assertThatThrownBy(() -> CallbackEvent.parse("{"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("the JSON ends inside an object (truncated?)");
    }
}
