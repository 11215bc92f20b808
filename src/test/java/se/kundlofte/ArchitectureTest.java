package se.kundlofte;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the architecture map in the README, checked on the compiled main code. A new
 * feature that imports upwards, a view that reads a repository or a service with SQL fails here.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainCode() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.kundlofte");
    }

    /** Top-level packages never depend on each other in a circle. */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("se.kundlofte.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The documented direction: journey → promise → satisfaction → demand → requirement → customer → user → audit →
     * shell → security → base. A package may use any package to its right, never one to its left.
     */
    @Test
    void dependenciesPointOneWay() {
        layers().check(classes);
    }

    static ArchRule layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("base")
                .definedBy("se.kundlofte.base..")
                .layer("security")
                .definedBy("se.kundlofte.security..")
                .layer("shell")
                .definedBy("se.kundlofte.shell..")
                .layer("audit")
                .definedBy("se.kundlofte.audit..")
                .layer("user")
                .definedBy("se.kundlofte.user..")
                .layer("customer")
                .definedBy("se.kundlofte.customer..")
                .layer("requirement")
                .definedBy("se.kundlofte.requirement..")
                .layer("demand")
                .definedBy("se.kundlofte.demand..")
                .layer("satisfaction")
                .definedBy("se.kundlofte.satisfaction..")
                .layer("promise")
                .definedBy("se.kundlofte.promise..")
                .layer("journey")
                .definedBy("se.kundlofte.journey..")
                .whereLayer("journey")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("promise")
                .mayOnlyBeAccessedByLayers("journey")
                .whereLayer("satisfaction")
                .mayOnlyBeAccessedByLayers("promise", "journey")
                .whereLayer("demand")
                .mayOnlyBeAccessedByLayers("satisfaction", "promise", "journey")
                .whereLayer("requirement")
                .mayOnlyBeAccessedByLayers("demand", "satisfaction", "promise", "journey")
                .whereLayer("customer")
                .mayOnlyBeAccessedByLayers("requirement", "demand", "satisfaction", "promise", "journey")
                .whereLayer("user")
                .mayOnlyBeAccessedByLayers("customer", "requirement", "demand", "satisfaction", "promise", "journey")
                .whereLayer("audit")
                .mayOnlyBeAccessedByLayers(
                        "user", "customer", "requirement", "demand", "satisfaction", "promise", "journey")
                .whereLayer("shell")
                .mayOnlyBeAccessedByLayers(
                        "audit", "user", "customer", "requirement", "demand", "satisfaction", "promise", "journey")
                .whereLayer("security")
                .mayOnlyBeAccessedByLayers(
                        "shell",
                        "audit",
                        "user",
                        "customer",
                        "requirement",
                        "demand",
                        "satisfaction",
                        "promise",
                        "journey");
    }

    /** Views and their parts go through services; they never see SQL or repositories. */
    @Test
    void viewsNeverTouchRepositoriesOrQueries() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Queries")
                .orShould()
                .dependOnClassesThat()
                .haveNameMatching(".*\\.db\\..*")
                .check(classes);
    }

    /** Every package says that its types are non-null unless marked {@code @Nullable}. */
    @Test
    void everyPackageIsNullMarked() {
        List<String> unmarked = classes.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(pkg -> !pkg.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .sorted()
                .toList();
        assertThat(unmarked)
                .as("packages without @NullMarked in package-info.java")
                .isEmpty();
    }

    /** Nested classes and lambdas count as part of the class that declares them. */
    private static DescribedPredicate<JavaClass> topLevelNamedNeither(String... suffixes) {
        return DescribedPredicate.describe(
                "top-level class named neither *" + String.join(" nor *", suffixes), javaClass -> {
                    JavaClass top = javaClass;
                    while (top.getEnclosingClass().isPresent()) {
                        top = top.getEnclosingClass().get();
                    }
                    String name = top.getSimpleName();
                    return java.util.Arrays.stream(suffixes).noneMatch(name::endsWith);
                });
    }

    /** Services, queries and repositories know nothing of the UI. */
    @Test
    void serviceLayerNeverImportsUi() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .or()
                .haveSimpleNameEndingWith("Queries")
                .or()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..ui..", "se.kundlofte.shell..", "com.vaadin..")
                .check(classes);
    }

    /** SQL lives in a feature's *Queries (reads) or *Repository (writes), or in base.db. */
    @Test
    void jdbcOnlyInQueriesRepositoriesAndDb() {
        noClasses()
                .that(are(topLevelNamedNeither("Queries", "Repository")))
                .and()
                .resideOutsideOfPackage("se.kundlofte.base.db..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc.core..")
                .check(classes);
    }
}
