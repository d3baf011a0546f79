package io.github.streamcause.examples;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.util.List;
import java.util.Locale;

/**
 * The README's example, compiled and run by the tests ({@code ReadmeTest}) and by the README's first
 * command: {@code ./mvnw -q test-compile exec:java}. The lines between the markers are the README's code
 * block, verbatim.
 */
public final class QuickStart {
    private QuickStart() {}

    public static void main(String[] args) {
        // spotless:off
        // snippet:quickstart:begin
        Diagnosis d = ErrorCodes.describe(18, 202);          // errcode 18, sub_errcode 202
        System.out.println(d);                               // 18/202 AUTH FIX_REQUIRED Account in arrears: ...
        System.out.println(d.description(Locale.KOREAN));    // 계정 연체로 라이브 방송 서비스가 ...
        System.out.println(d.remedy(Locale.ENGLISH));        // Top up the account; ...
        if (d.recovery() == Recovery.RETRY) { /* reconnect with backoff */ }

        // A callback carries only errcode and errmsg: the text recovers the subcode of 18 and 21.
        System.out.println(ErrorCodes.describe(18, "推流域名被禁用"));     // 18/303 AUTH FIX_REQUIRED ...
        // The event-list API gives only a StopReason text: recognise it.
        List<InterruptionCause> causes = ErrorCodes.recognize("推流客户端主动断流");
        System.out.println(causes.get(0).category() + " " + causes.get(0).recovery()); // CLIENT NOT_NEEDED
        // snippet:quickstart:end
        // spotless:on
    }
}
