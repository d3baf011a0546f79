package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads describing at once get identical answers. */
class ConcurrencyTest {
    private static final Locale[] LOCALES = {
        Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE, Locale.JAPANESE, Locale.FRENCH, Locale.TAIWAN, Locale.KOREA
    };

    /** One pass over pairs, texts and locales, as a comparable string. */
    private static String pass() {
        StringBuilder out = new StringBuilder();
        for (int code = -1; code <= 36; code++) {
            for (int subcode : new int[] {0, 100, 202, 503, 650, 999}) {
                Diagnosis d = ErrorCodes.describe(code, subcode);
                out.append(d).append('|').append(d.isDocumented());
                for (Locale locale : LOCALES) {
                    out.append('|').append(d.description(locale)).append('|').append(d.remedy(locale));
                }
                out.append('\n');
            }
        }
        for (String text : new String[] {"推流域名被禁用", "recv rtmpcloseStream", "Internal error in the LVB system."}) {
            out.append(ErrorCodes.recognize(text))
                    .append(ErrorCodes.describe(18, text))
                    .append('\n');
        }
        return out.toString();
    }

    @Test
    void concurrentDescribersAgree() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<String> task = () -> {
                    start.await();
                    String first = pass();
                    for (int round = 0; round < 20; round++) {
                        assertThat(pass()).isEqualTo(first);
                    }
                    return first;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            String expected = pass();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
