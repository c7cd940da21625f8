package nl.samenspraak.tool.lti.grades;

import static nl.samenspraak.tool.it.platform.PlatformGradebook.LINE_ITEM_READ_ONLY_SCOPE;
import static nl.samenspraak.tool.it.platform.PlatformGradebook.LINE_ITEM_SCOPE;
import static nl.samenspraak.tool.it.platform.PlatformGradebook.SCORE_SCOPE;
import static nl.samenspraak.tool.lti.grades.GradesFixture.scopes;

import java.util.UUID;
import nl.samenspraak.tool.it.platform.PlatformGradebook.Flavour;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * A grade-delivery test on a fresh embedded database of its own, migrated as the tool migrates it, with the
 * emulated platform's grade book behaving like the flavour a test asks for.
 */
abstract class GradesOnEmbeddedDatabase {

    static final String ALL = scopes(SCORE_SCOPE, LINE_ITEM_SCOPE, LINE_ITEM_READ_ONLY_SCOPE);

    private GradesFixture fixture;

    GradesFixture fixture(Flavour flavour) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:grades-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        fixture = new GradesFixture(dataSource, flavour);
        return fixture;
    }

    /** A grade book of this flavour with one graded link, {@code link-1}, whose line item the platform has. */
    GradesFixture linked(Flavour flavour) {
        GradesFixture linked = fixture(flavour);
        linked.link("link-1", ALL, linked.gradebook.addLineItem("Kennismaking", "link-1"), true);
        return linked;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
