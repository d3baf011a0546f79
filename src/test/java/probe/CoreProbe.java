package probe;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import java.util.Locale;

/**
 * Run in a separate JVM by {@code JarIT} with nothing but the library jar (and a folder holding an
 * application's message file): proves the core needs no other dependency, on the class path and on the
 * module path.
 */
public final class CoreProbe {
    private CoreProbe() {}

    public static void main(String[] args) {
        Locale.setDefault(Locale.KOREAN);
        Diagnosis d = ErrorCodes.describe(18, 202);
        System.out.println("module=" + ErrorCodes.class.getModule().getName());
        System.out.println("toString=" + d);
        System.out.println("en=" + d.description(Locale.ENGLISH));
        System.out.println("default=" + d.description());
        System.out.println("ko=" + d.description(Locale.KOREAN));
        System.out.println("zh=" + d.description(Locale.CHINESE));
        System.out.println("fr=" + d.description(Locale.FRENCH));
        System.out.println("fr-remedy=" + d.remedy(Locale.FRENCH));
        System.out.println("recognized=" + ErrorCodes.recognize("recv rtmpcloseStream"));
        System.out.println("errmsg=" + ErrorCodes.describe(18, "推流域名被禁用").subcode());
        try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
            System.out.println("jackson=present");
        } catch (ClassNotFoundException e) {
            System.out.println("jackson=absent");
        }
    }
}
