package nl.samenspraak.tool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers as docs/architecture.md describes them: application services know neither the HTTP side nor
 * the database, and the stores of a teacher's work open no transactions of their own (the use case's
 * {@code Transactions} does).
 */
class LayeringTest {

    private static JavaClasses tool;

    @BeforeAll
    static void importClasses() {
        tool = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.samenspraak.tool");
    }

    @Test
    void applicationDependsOnNoInterfaceNorInfrastructure() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..interfaces..", "..infrastructure..")
                .because("an application service is one use case, whatever calls it and wherever it is stored")
                .check(tool);
    }

    @Test
    void workStoresOpenNoTransactions() {
        noClasses().that().resideInAPackage("nl.samenspraak.tool.work.infrastructure..")
                .should().callMethod(Sql.class, "transaction", Sql.TransactionWork.class)
                .because("each work use case runs in one transaction, which its service opens")
                .check(tool);
    }
}
