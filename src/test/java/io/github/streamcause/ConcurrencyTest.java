package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
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
                out.append(d).append('|').append(d.documented());
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

    /**
     * The first use races too: a fresh class loader per round, so the registry, the message files and the
     * text index are initialised by many threads at once.
     */
    @Test
    void concurrentFirstUseInAFreshClassLoaderAgrees() throws Exception {
        URL classes = ErrorCodes.class.getProtectionDomain().getCodeSource().getLocation();
        String expected = String.join("\n", firstUse(ErrorCodes.class.getClassLoader()));
        int threads = 8;
        for (int round = 0; round < 5; round++) {
            try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
                assertThat(fresh.loadClass(ErrorCodes.class.getName())).isNotSameAs(ErrorCodes.class);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<List<String>>> results = new ArrayList<>();
                    for (int i = 0; i < threads; i++) {
                        results.add(pool.submit(() -> {
                            start.await();
                            return firstUse(fresh);
                        }));
                    }
                    start.countDown();
                    for (Future<List<String>> result : results) {
                        assertThat(String.join("\n", result.get())).isEqualTo(expected);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    /** Describes, localises and recognises through reflection, in whichever loader holds the library. */
    private static List<String> firstUse(ClassLoader loader) throws Exception {
        Class<?> codes = Class.forName(ErrorCodes.class.getName(), true, loader);
        Class<?> diagnosis = Class.forName(Diagnosis.class.getName(), true, loader);
        Method describe = codes.getMethod("describe", int.class, int.class);
        Method describeText = codes.getMethod("describe", int.class, String.class);
        Method recognize = codes.getMethod("recognize", String.class);
        Method description = diagnosis.getMethod("description", Locale.class);
        Method remedy = diagnosis.getMethod("remedy", Locale.class);
        List<String> out = new ArrayList<>();
        for (int[] pair : new int[][] {{18, 202}, {21, 103}, {16, 0}, {18, 650}, {99, 1}}) {
            Object d = describe.invoke(null, pair[0], pair[1]);
            out.add(d + " " + description.invoke(d, Locale.JAPANESE) + " " + remedy.invoke(d, Locale.KOREAN));
        }
        out.add(String.valueOf(describeText.invoke(null, 18, "推流域名被禁用")));
        out.add(String.valueOf(recognize.invoke(null, "Internal error in the CSS system.")));
        return out;
    }
}
