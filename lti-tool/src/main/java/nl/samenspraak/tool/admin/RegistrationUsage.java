package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/** How much a registration is used: before removing a platform an administrator sees what goes with it. */
@Singleton
public class RegistrationUsage {

    private final Sql sql;

    @Inject
    public RegistrationUsage(Sql sql) {
        this.sql = sql;
    }

    /** @param lastLaunchAt null when nobody launched through the registration yet */
    public record Usage(long users, long courses, long links, Instant lastLaunchAt) {
    }

    /**
     * What a deployment's removal affects: its launches are refused from then on, and the work of the teachers in
     * its courses can no longer be opened (it stays stored, and comes back if the deployment is added again).
     *
     * @param teachers the people with work in the deployment's courses
     */
    public record DeploymentUsage(long teachers, long courses) {
    }

    public DeploymentUsage ofDeployment(long registrationId, String deploymentId) {
        return sql.one("SELECT (SELECT COUNT(DISTINCT w.user_id) FROM teacher_work w JOIN lti_context c"
                        + " ON c.id = w.context_id WHERE c.registration_id = ? AND c.deployment_id = ?) AS teachers,"
                        + " (SELECT COUNT(*) FROM lti_context WHERE registration_id = ? AND deployment_id = ?) AS courses",
                row -> new DeploymentUsage(row.getLong("teachers"), row.getLong("courses")),
                registrationId, deploymentId, registrationId, deploymentId).orElseThrow();
    }

    public Usage of(long registrationId) {
        return sql.one("SELECT (SELECT COUNT(*) FROM lti_user WHERE registration_id = ?) AS users,"
                        + " (SELECT COUNT(*) FROM lti_context WHERE registration_id = ?) AS courses,"
                        + " (SELECT COUNT(*) FROM lti_resource_link WHERE registration_id = ?) AS links,"
                        + " (SELECT MAX(last_launch_at) FROM lti_user WHERE registration_id = ?) AS last_launch_at",
                row -> new Usage(row.getLong("users"), row.getLong("courses"), row.getLong("links"),
                        Statements.instant(row, "last_launch_at")),
                registrationId, registrationId, registrationId, registrationId).orElseThrow();
    }
}
