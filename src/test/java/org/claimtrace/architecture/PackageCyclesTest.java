package org.claimtrace.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package structure, read from the compiled classes (every reference counts, not only import lines):
 * <ul>
 *   <li>no cycle between packages, package by package;</li>
 *   <li>no cycle with every subpackage folded into its top-level package ({@code claims.train} → {@code stages}
 *       counts as {@code claims} → {@code stages}; the classes of {@code org.claimtrace} itself are one more
 *       package);</li>
 *   <li>no runtime class uses the tools ({@code org.claimtrace.tools}: evaluation, benchmark, training).</li>
 * </ul>
 * docs/ARCHITECTURE.md draws the packages.
 */
class PackageCyclesTest {
    private static final String ROOT = "org.claimtrace";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** Slices by package below {@code root}; folded: by the first package name below it. */
    record Packages(String root, boolean folded) implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!(p + ".").startsWith(root + ".")) {
                return SliceIdentifier.ignore();
            }
            String below = p.length() == root.length() ? "(root)" : p.substring(root.length() + 1);
            if (folded && below.indexOf('.') > 0) {
                below = below.substring(0, below.indexOf('.'));
            }
            return SliceIdentifier.of(below);
        }

        @Override
        public String getDescription() {
            return (folded ? "top-level packages of " : "packages of ") + root;
        }
    }

    private static ArchRule noCycles(String root, boolean folded) {
        return slices().assignedFrom(new Packages(root, folded)).should().beFreeOfCycles();
    }

    @Test
    void noCycleBetweenPackages() {
        noCycles(ROOT, false).check(MAIN);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        noCycles(ROOT, true).check(MAIN);
    }

    @Test
    void theRuntimeNeverUsesTheTools() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".tools..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".tools..")
                .check(MAIN);
    }

    /** The rules can fail: a cycle that only folding shows (test fixtures under {@code testing.cycle}). */
    @Test
    void aCycleThroughASubpackageIsFound() {
        String root = ROOT + ".testing.cycle";
        JavaClasses fixture = new ClassFileImporter().importPackages(root);
        EvaluationResult byPackage = noCycles(root, false).evaluate(fixture);
        EvaluationResult folded = noCycles(root, true).evaluate(fixture);
        assertFalse(byPackage.hasViolation(), byPackage.getFailureReport().toString());
        assertTrue(folded.hasViolation(), "one → two.deep and two → one is a cycle once two.deep is part of two");
    }
}
