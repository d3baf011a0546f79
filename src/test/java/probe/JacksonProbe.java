package probe;

import io.github.streamcause.tencent.CallbackEvent;

/**
 * Run in a separate JVM by {@code OldJacksonIT} with the library jar and one jackson-core: reads a callback
 * twice and prints what happened each time (the errcode read, or the error's class and message).
 */
public final class JacksonProbe {
    private JacksonProbe() {}

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println("errcode="
                        + CallbackEvent.parse("{\"event_type\":0,\"errcode\":18}")
                                .errcode());
            } catch (Throwable e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
