package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How message files are found, read, cached and shared: which files are looked up, that each is read once,
 * that racing first uses end with one instance, and that the cache stays bounded.
 *
 * <p>The cache is global to the JVM, so every test uses languages that no one has asked for before (see
 * {@link #freshLanguage()}) and removes them again afterwards.
 */
class MessagesTest {
    private static final String BASE = "io/github/streamcause/messages";
    private static final String APPLICATION_BASE = "META-INF/streamcause/messages";
    /** All languages of this class start with it; no real language does. */
    private static final String PREFIX = "qx";

    private static final AtomicInteger NEXT = new AtomicInteger();

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheLanguagesOfThisTest() throws ReflectiveOperationException {
        cache().keySet().removeIf(key -> key.startsWith(PREFIX));
    }

    @Test
    void aLanguageFileIsLookedUpOnceTrimmedAndCompletedFromEnglish() throws IOException {
        String language = freshLanguage();
        write(language, "18.202.description=  Konto en ŝuldo.  \n19.description=   \nremedy.top-up=\n");
        Recording loader = new Recording(dir);
        Locale locale = new Locale(language);

        Messages messages = withContextLoader(loader, () -> Messages.forLocale(locale));

        assertThat(loader.requested).containsExactly(file(language));
        assertThat(messages.description(InterruptionCause.ACCOUNT_IN_ARREARS)).isEqualTo("Konto en ŝuldo.");
        assertThat(messages.description(InterruptionCause.THIRD_PARTY_AUTH_FAILED))
                .as("a blank text falls back to English")
                .isEqualTo("The third-party authentication rejected the push.");
        assertThat(messages.remedy(InterruptionCause.ACCOUNT_IN_ARREARS))
                .as("an empty text falls back to English")
                .startsWith("Top up the account");
        assertThat(messages.description(InterruptionCause.NETWORK_ERROR_16))
                .as("a missing key falls back to English")
                .isEqualTo("The network link of the push failed.");

        Messages again = withContextLoader(loader, () -> Messages.forLocale(locale));
        assertThat(again).isSameAs(messages);
        assertThat(loader.requested)
                .as("the second use is served from the cache")
                .hasSize(1);
    }

    @Test
    void aCountryFileIsLookedUpAfterItsLanguageAndFallsBackToIt() throws IOException {
        String language = freshLanguage();
        write(language, "18.202.description=Konto en ŝuldo.\n19.description=Aŭtentigo malsukcesis.\n");
        write(language + "_BR", "18.202.description=Konto en ŝuldo (BR).\n");
        Recording loader = new Recording(dir);

        Messages messages = withContextLoader(loader, () -> Messages.forLocale(new Locale(language, "BR")));

        assertThat(loader.requested).containsExactly(file(language), file(language + "_BR"));
        assertThat(messages.description(InterruptionCause.ACCOUNT_IN_ARREARS)).isEqualTo("Konto en ŝuldo (BR).");
        assertThat(messages.description(InterruptionCause.THIRD_PARTY_AUTH_FAILED))
                .isEqualTo("Aŭtentigo malsukcesis.");
        assertThat(messages.description(InterruptionCause.NETWORK_ERROR_16))
                .isEqualTo("The network link of the push failed.");
    }

    @Test
    void aLanguageWithoutAFileIsEnglishAndIsLookedUpOnce() {
        String language = freshLanguage();
        Recording loader = new Recording(dir);

        Messages messages = withContextLoader(loader, () -> Messages.forLocale(new Locale(language)));
        Messages again = withContextLoader(loader, () -> Messages.forLocale(new Locale(language)));

        assertThat(messages).isSameAs(Messages.ENGLISH);
        assertThat(again).isSameAs(Messages.ENGLISH);
        assertThat(loader.requested).containsExactly(file(language), applicationFile(language));
    }

    @Test
    void aFileInMetaInfIsReadWhereThePackageFolderHasNone() throws IOException {
        String language = freshLanguage();
        writeFile(applicationFile(language), "18.202.description=Konto en ŝuldo.\n");
        writeFile(applicationFile(language + "_BR"), "18.202.description=Konto en ŝuldo (BR).\n");
        Recording loader = new Recording(dir);

        Messages messages = withContextLoader(loader, () -> Messages.forLocale(new Locale(language)));
        Messages brazil = withContextLoader(loader, () -> Messages.forLocale(new Locale(language, "BR")));

        assertThat(messages.description(InterruptionCause.ACCOUNT_IN_ARREARS)).isEqualTo("Konto en ŝuldo.");
        assertThat(messages.description(InterruptionCause.NETWORK_ERROR_16))
                .isEqualTo("The network link of the push failed.");
        assertThat(brazil.description(InterruptionCause.ACCOUNT_IN_ARREARS)).isEqualTo("Konto en ŝuldo (BR).");
        assertThat(loader.requested)
                .containsExactly(
                        file(language),
                        applicationFile(language),
                        file(language + "_BR"),
                        applicationFile(language + "_BR"));
    }

    @Test
    void theFileInThePackageFolderComesBeforeTheOneInMetaInf() throws IOException {
        String language = freshLanguage();
        write(language, "18.202.description=Konto en ŝuldo.\n");
        writeFile(applicationFile(language), "18.202.description=Not read.\n19.description=Not read either.\n");
        Recording loader = new Recording(dir);

        Messages messages = withContextLoader(loader, () -> Messages.forLocale(new Locale(language)));

        assertThat(loader.requested).containsExactly(file(language));
        assertThat(messages.description(InterruptionCause.ACCOUNT_IN_ARREARS)).isEqualTo("Konto en ŝuldo.");
        assertThat(messages.description(InterruptionCause.THIRD_PARTY_AUTH_FAILED))
                .as("the files are not merged")
                .isEqualTo("The third-party authentication rejected the push.");
    }

    @Test
    void twoThreadsReadingOneLanguageAtOnceEndWithTheSameTexts() throws Exception {
        String language = freshLanguage();
        write(language, "18.202.description=Konto en ŝuldo.\n");
        Locale locale = new Locale(language);
        // the first reader stops inside its look-up until the second has read and cached the language
        CountDownLatch firstIsLookingUp = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        Recording blocking = new Recording(dir) {
            @Override
            public URL getResource(String name) {
                if (!name.startsWith(BASE)) {
                    return super.getResource(name);
                }
                firstIsLookingUp.countDown();
                try {
                    secondIsDone.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.getResource(name);
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Messages> first = pool.submit(() -> withContextLoader(blocking, () -> Messages.forLocale(locale)));
            assertThat(firstIsLookingUp.await(30, TimeUnit.SECONDS)).isTrue();
            Messages second = withContextLoader(new Recording(dir), () -> Messages.forLocale(locale));
            secondIsDone.countDown();

            assertThat(second.description(InterruptionCause.ACCOUNT_IN_ARREARS)).isEqualTo("Konto en ŝuldo.");
            assertThat(first.get(30, TimeUnit.SECONDS))
                    .as("the later reader gets the instance the earlier one cached")
                    .isSameAs(second);
            assertThat(Messages.forLocale(locale)).isSameAs(second);
        } finally {
            secondIsDone.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void theCacheHoldsAtMost256LanguagesAndEveryOtherStillResolves() throws Exception {
        Recording loader = new Recording(dir);
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            languages.add(freshLanguage());
        }
        withContextLoader(loader, () -> {
            for (String language : languages) {
                assertThat(Messages.forLocale(new Locale(language))).isSameAs(Messages.ENGLISH);
            }
            return null;
        });
        assertThat(cache()).hasSize(256);

        // past the bound a language is not cached, so each use looks it up again
        String last = languages.get(languages.size() - 1);
        loader.requested.clear();
        withContextLoader(loader, () -> Messages.forLocale(new Locale(last)));
        assertThat(loader.requested).containsExactly(file(last), applicationFile(last));
    }

    /** The spelled-out checks against the regular expressions they stand for, as the oracle. */
    @Test
    void languageAndCountryChecksAgreeWithTheirRegularExpressions() {
        Pattern language = Pattern.compile("[a-z]{2,8}");
        Pattern country = Pattern.compile("[A-Z]{2}|[0-9]{3}");
        char[] alphabet = {'a', 'b', 'y', 'z', 'A', 'Z', '0', '9', '`', '{', '@', '[', '/', ':', '\u00e9', '-'};
        Random random = new Random(20261201L);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(11);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < length; k++) {
                // mostly one kind of character, so that matches are common
                s.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : alphabet[i % 8]);
            }
            String text = s.toString();
            assertThat(Messages.isLanguage(text))
                    .as("language '%s'", text)
                    .isEqualTo(language.matcher(text).matches());
            assertThat(Messages.isCountry(text))
                    .as("country '%s'", text)
                    .isEqualTo(country.matcher(text).matches());
        }
        assertThat(Messages.isLanguage("ab")).isTrue();
        assertThat(Messages.isLanguage("abcdefgh")).isTrue();
        assertThat(Messages.isLanguage("abcdefghi")).isFalse();
        assertThat(Messages.isCountry("KR")).isTrue();
        assertThat(Messages.isCountry("419")).isTrue();
        assertThat(Messages.isCountry("41")).isFalse();
    }

    @Test
    void englishAndMalformedLanguagesAreNeverLookedUp() throws ReflectiveOperationException {
        cache().keySet().removeIf(key -> key.startsWith("en"));
        Recording loader = new Recording(dir);

        for (Locale locale : new Locale[] {
            Locale.ENGLISH, Locale.US, Locale.UK, new Locale("../../etc"), new Locale("x1"), new Locale("abcdefghi")
        }) {
            assertThat(withContextLoader(loader, () -> Messages.forLocale(locale)))
                    .as(locale.toString())
                    .isSameAs(Messages.ENGLISH);
        }
        assertThat(loader.requested).isEmpty();
        assertThat(cache().keySet()).noneMatch(key -> key.startsWith("en") || key.contains(".") || key.contains("1"));
    }

    @Test
    void theLibrarysOwnFileIsReadWhereTheContextLoaderHasNone() throws ReflectiveOperationException {
        Recording loader = new Recording(dir);
        cache().remove("ja");
        Messages japanese = withContextLoader(loader, () -> Messages.forLocale(Locale.JAPANESE));
        assertThat(loader.requested).containsExactly(file("ja"));
        assertThat(japanese.description(InterruptionCause.NETWORK_ERROR_16)).isEqualTo("プッシュ接続ネットワークの異常。");

        cache().remove("ja");
        Messages withoutContextLoader = withContextLoader(null, () -> Messages.forLocale(Locale.JAPANESE));
        assertThat(withoutContextLoader.description(InterruptionCause.NETWORK_ERROR_16))
                .isEqualTo("プッシュ接続ネットワークの異常。");
    }

    @Test
    void shippedTextsIgnoreTheApplicationsFiles() throws IOException {
        write("ko", "18.202.description=Not the library's Korean text.\n");

        Messages korean = withContextLoader(new Recording(dir), () -> Messages.shipped("ko"));

        assertThat(korean.description(InterruptionCause.ACCOUNT_IN_ARREARS))
                .isEqualTo("계정 연체로 라이브 방송 서비스가 일시적으로 정지되었습니다. 즉시 충전하시기 바랍니다.");
        assertThat(korean.description(InterruptionCause.NETWORK_ERROR_16)).isEqualTo("푸시 링크 네트워크 오류.");
    }

    @Test
    void aLanguageTheLibraryDoesNotShipIsNoShippedLanguage() {
        String language = freshLanguage();
        assertThatThrownBy(() -> Messages.shipped(language))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("StreamCause's messages for " + language + " are missing");
    }

    /** A language name never asked for before in this JVM: {@code qx} and letters. */
    private static String freshLanguage() {
        StringBuilder name = new StringBuilder(PREFIX);
        int n = NEXT.getAndIncrement();
        for (int i = 0; i < 4; i++) {
            name.append((char) ('a' + n % 26));
            n /= 26;
        }
        return name.toString();
    }

    private static String file(String suffix) {
        return BASE + '_' + suffix + ".properties";
    }

    private static String applicationFile(String suffix) {
        return APPLICATION_BASE + '_' + suffix + ".properties";
    }

    private void write(String suffix, String content) throws IOException {
        writeFile(file(suffix), content);
    }

    private void writeFile(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Messages> cache() throws ReflectiveOperationException {
        Field field = Messages.class.getDeclaredField("CACHE");
        field.setAccessible(true);
        return (Map<String, Messages>) field.get(null);
    }

    private interface Body<T> {
        T run() throws Exception;
    }

    private static <T> T withContextLoader(ClassLoader loader, Body<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return body.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /**
     * A context class loader that serves the message files of a folder (none else) and records the names of
     * the message files asked for.
     */
    private static class Recording extends ClassLoader {
        final List<String> requested = new ArrayList<>();
        private final Map<String, Path> files = new HashMap<>();
        private final Path dir;

        Recording(Path dir) {
            super(MessagesTest.class.getClassLoader());
            this.dir = dir;
        }

        @Override
        public URL getResource(String name) {
            if (!name.startsWith(BASE) && !name.startsWith(APPLICATION_BASE)) {
                return super.getResource(name);
            }
            synchronized (requested) {
                requested.add(name);
            }
            Path file = files.computeIfAbsent(name, dir::resolve);
            try {
                return Files.isRegularFile(file) ? file.toUri().toURL() : null;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
