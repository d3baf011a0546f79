package io.github.streamcause.examples;

import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.Recovery;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Properties;

/**
 * The example of "Your own classification" in {@code docs/classification.md}, compiled and run by {@code
 * OwnClassificationTest}; the lines between the {@code snippet:} markers are the doc's code block, verbatim.
 */
public final class OwnClassification {
    private OwnClassification() {}

    public static void main(String[] args) throws IOException {
        // spotless:off
        // snippet:classification:begin
        Classification ours = Classification.defaults()
                .with(4, Category.NETWORK, Recovery.RETRY)          // our encoder crashes end with 4
                .withOverride("18/602=AUTH/FIX_REQUIRED");          // no backup pushes here: alert
        Diagnosis d = ErrorCodes.describe(4);
        System.out.println(d.category() + " " + d.recovery());               // CLIENT NOT_NEEDED: the registry's
        System.out.println(ours.category(d) + " " + ours.recovery(d));       // NETWORK RETRY: ours
        System.out.println(ours.recovery(ErrorCodes.describe(3)));           // NOT_NEEDED: only 4 changed
        System.out.println(ours);          // Classification[4=NETWORK/RETRY, 18/602=AUTH/FIX_REQUIRED]

        // The same overrides from a file of CODE[/SUBCODE]=CATEGORY/RECOVERY lines:
        Properties file = new Properties();
        try (Reader in = new StringReader("4=NETWORK/RETRY\n18/602=AUTH/FIX_REQUIRED\n")) { // Files.newBufferedReader(path)
            file.load(in);
        }
        System.out.println(Classification.fromProperties(file).equals(ours));                  // true
        System.out.println(Classification.parse("4=network/retry,18/602=auth/fix_required").equals(ours)); // true
        // snippet:classification:end
        // spotless:on
    }
}
