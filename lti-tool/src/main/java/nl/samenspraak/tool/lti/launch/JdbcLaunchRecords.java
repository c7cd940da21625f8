package nl.samenspraak.tool.lti.launch;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataAccessException;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/**
 * {@link LaunchRecords} in the {@code lti_user}, {@code lti_context}, {@code lti_resource_link} and
 * {@code lti_membership} tables. Personal data is what the latest launch sent: a name the platform stopped
 * sending is removed. No email address is stored, whatever the platform sends.
 */
@Singleton
public class JdbcLaunchRecords implements LaunchRecords {

    private final Sql sql;

    @Inject
    public JdbcLaunchRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RecordedLaunch record(LtiLaunch launch, long registrationId, Instant now) {
        try {
            return sql.transaction(tx -> write(tx, launch, registrationId, now));
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            // Two first launches of the same user or course at once: the other one inserted; update instead.
            return sql.transaction(tx -> write(tx, launch, registrationId, now));
        }
    }

    @Override
    public Optional<LaunchSummary> summary(long registrationId, RecordedLaunch launch) {
        Optional<LaunchSummary> user = sql.one("SELECT r.name AS platform_name, u.name, u.given_name, u.family_name"
                        + " FROM lti_user u JOIN platform_registration r ON r.id = u.registration_id"
                        + " WHERE u.id = ? AND r.id = ?",
                row -> new LaunchSummary(row.getString("platform_name"), new LtiLaunch.Person(
                        Statements.optional(row, "name"), Statements.optional(row, "given_name"),
                        Statements.optional(row, "family_name")),
                        Optional.empty(), Optional.empty(), Optional.empty()),
                launch.userId(), registrationId);
        Optional<LtiLaunch.CourseContext> course = launch.contextId().flatMap(id -> sql.one(
                "SELECT context_key, label, title FROM lti_context WHERE id = ?",
                row -> new LtiLaunch.CourseContext(row.getString("context_key"), Statements.optional(row, "label"),
                        Statements.optional(row, "title")), id));
        record Link(LtiLaunch.ResourceLink link, Optional<String> assignmentId) {
        }
        Optional<Link> link = launch.resourceLinkId().flatMap(id -> sql.one(
                "SELECT link_key, title, assignment_id FROM lti_resource_link WHERE id = ?",
                row -> new Link(new LtiLaunch.ResourceLink(row.getString("link_key"), Statements.optional(row, "title"),
                        Optional.empty()), Statements.optional(row, "assignment_id")), id));
        return user.map(found -> new LaunchSummary(found.platformName(), found.person(), course,
                link.map(Link::link), link.flatMap(Link::assignmentId)));
    }

    private static RecordedLaunch write(Statements tx, LtiLaunch launch, long registrationId, Instant now) {
        LtiLaunch.Person person = launch.person();
        long userId = upsert(tx,
                "SELECT id FROM lti_user WHERE registration_id = ? AND subject = ?",
                new Object[] {registrationId, launch.subject()},
                "UPDATE lti_user SET name = ?, given_name = ?, family_name = ?, locale = ?,"
                        + " last_launch_at = ? WHERE id = ?",
                new Object[] {person.name(), person.givenName(), person.familyName(), launch.locale(), now},
                "INSERT INTO lti_user (registration_id, subject, name, given_name, family_name, locale,"
                        + " created_at, last_launch_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {registrationId, launch.subject(), person.name(), person.givenName(), person.familyName(),
                        launch.locale(), now, now});

        Optional<Long> contextId = launch.context().map(course -> upsert(tx,
                "SELECT id FROM lti_context WHERE registration_id = ? AND deployment_id = ? AND context_key = ?",
                new Object[] {registrationId, launch.deploymentId(), course.id()},
                "UPDATE lti_context SET label = ?, title = ?, memberships_url = ?, updated_at = ? WHERE id = ?",
                new Object[] {course.label(), course.title(), launch.membershipsUrl(), now},
                "INSERT INTO lti_context (registration_id, deployment_id, context_key, label, title, memberships_url,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {registrationId, launch.deploymentId(), course.id(), course.label(), course.title(),
                        launch.membershipsUrl(), now, now}));

        Optional<LtiLaunch.GradeService> grades = launch.gradeService();
        Optional<String> lineItems = grades.flatMap(LtiLaunch.GradeService::lineItems).map(Object::toString);
        Optional<String> lineItem = grades.flatMap(LtiLaunch.GradeService::lineItem).map(Object::toString);
        Optional<String> scopes = grades.map(service -> String.join(" ", service.scopes()));
        Optional<String> assignment = launch.assignmentId();
        LinkCustom settings = launch.linkCustom();
        Optional<Long> linkId = launch.resourceLink().map(link -> upsert(tx,
                "SELECT id FROM lti_resource_link WHERE registration_id = ? AND deployment_id = ? AND link_key = ?",
                new Object[] {registrationId, launch.deploymentId(), link.id()},
                "UPDATE lti_resource_link SET context_id = ?, title = ?, assignment_id = ?, lineitems_url = ?,"
                        + " lineitem_url = ?, ags_scopes = ?, score_maximum = ?, needs_approval = ?, due_at = ?,"
                        + " updated_at = ? WHERE id = ?",
                new Object[] {contextId, link.title(), assignment, lineItems, lineItem, scopes,
                        settings.scoreMaximum(), settings.needsApproval(), settings.dueAt(), now},
                "INSERT INTO lti_resource_link (registration_id, deployment_id, link_key, context_id, title,"
                        + " assignment_id, lineitems_url, lineitem_url, ags_scopes, score_maximum, needs_approval,"
                        + " due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {registrationId, launch.deploymentId(), link.id(), contextId, link.title(), assignment,
                        lineItems, lineItem, scopes, settings.scoreMaximum(), settings.needsApproval(),
                        settings.dueAt(), now, now}));

        contextId.ifPresent(context -> {
            Object[] values = {launch.roles().joined(), launch.roles().toolRole(), now, context, userId};
            // A member the roster had marked as gone is back once they launch.
            if (tx.update("UPDATE lti_membership SET roles = ?, tool_role = ?, last_launch_at = ?, left_at = NULL"
                    + " WHERE context_id = ? AND user_id = ?", values) == 0) {
                tx.update("INSERT INTO lti_membership (roles, tool_role, last_launch_at, context_id, user_id)"
                        + " VALUES (?, ?, ?, ?, ?)", values);
            }
        });
        return new RecordedLaunch(userId, contextId, linkId);
    }

    /**
     * The id of the row the key finds, updated with {@code updateValues} (the id goes last); or of a new
     * row inserted with {@code insertValues}.
     */
    private static long upsert(Statements tx, String select, Object[] key, String update, Object[] updateValues,
                               String insert, Object[] insertValues) {
        Optional<Long> existing = tx.one(select, row -> row.getLong("id"), key);
        if (existing.isPresent()) {
            Object[] values = java.util.Arrays.copyOf(updateValues, updateValues.length + 1);
            values[updateValues.length] = existing.get();
            tx.update(update, values);
            return existing.get();
        }
        return tx.insert(insert, insertValues);
    }
}
