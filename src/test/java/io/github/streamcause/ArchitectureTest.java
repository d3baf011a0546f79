package io.github.streamcause;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between packages of docs/architecture.md: each package may use only the packages listed for
 * it, and the third-party libraries listed for it; nothing points back.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.streamcause";

    /** Each of our packages, and the packages of ours it may use besides itself. */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("", List.of());
        MAY_USE.put("report", List.of(""));
        MAY_USE.put("tencent", List.of("", "report"));
        MAY_USE.put("jackson", List.of("", "report"));
        MAY_USE.put("render", List.of("", "report", "jackson"));
        MAY_USE.put("analysis", List.of("", "report", "tencent"));
        MAY_USE.put("cli", List.of("", "report", "tencent", "jackson", "render", "analysis"));
    }

    /** Each of our packages and the third-party packages it must not use (the JDK is always allowed). */
    private static final Map<String, List<String>> NOT_LIBRARIES = Map.of(
            "", List.of("com.fasterxml..", "picocli.."),
            "report", List.of("com.fasterxml..", "picocli.."),
            "analysis", List.of("com.fasterxml..", "picocli.."),
            "tencent", List.of("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.dataformat..", "picocli.."),
            "jackson", List.of("com.fasterxml.jackson.dataformat..", "picocli.."),
            "render", List.of("picocli.."),
            "cli", List.of());

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }

    @Test
    void eachPackageUsesOnlyThePackagesOfOursItsArrowsAllow() {
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(e.getKey()) && !e.getValue().contains(other))
                    .map(ArchitectureTest::name)
                    .toArray(String[]::new);
            if (forbidden.length == 0) {
                continue;
            }
            ArchRule rule = noClasses()
                    .that()
                    .resideInAPackage(name(e.getKey()))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden)
                    .because(name(e.getKey()) + " may use only " + e.getValue() + " of ours (docs/architecture.md)");
            rule.check(classes);
        }
    }

    @Test
    void everyPackageOfOursIsInTheTable() {
        ArchRule rule = noClasses()
                .should()
                .resideOutsideOfPackages(
                        MAY_USE.keySet().stream().map(ArchitectureTest::name).toArray(String[]::new))
                .because("a new package needs its arrows in ArchitectureTest and docs/architecture.md");
        rule.check(classes);
    }

    @Test
    void thirdPartyLibrariesAreUsedOnlyByTheirOwnPackages() {
        for (String pkg : MAY_USE.keySet()) {
            List<String> forbidden = NOT_LIBRARIES.get(pkg);
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAPackage(name(pkg))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden.toArray(new String[0]))
                    .because(name(pkg) + " must not use " + forbidden + " (docs/architecture.md)")
                    .check(classes);
        }
    }
}
