import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import java.util.Locale;

/** Runs the library on an old Java runtime (8, 11) in the public CI; exits non-zero on a wrong answer. */
public final class Smoke {
    public static void main(String[] args) {
        Locale.setDefault(Locale.KOREAN);
        Diagnosis d = ErrorCodes.describe(18, 202);
        System.out.println(d);
        System.out.println(d.description(Locale.KOREAN));
        System.out.println(ErrorCodes.recognize("recv rtmpcloseStream"));
        check(d.toString().startsWith("18/202 AUTH FIX_REQUIRED Account in arrears"), "English by default");
        check(d.description(Locale.KOREAN).startsWith("계정 연체로"), "Korean text");
        check(ErrorCodes.describe(18, "推流域名被禁用").subcode() == 303, "subcode from errmsg");
        check(ErrorCodes.recognize("recv rtmpcloseStream").size() == 1, "recognition");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
