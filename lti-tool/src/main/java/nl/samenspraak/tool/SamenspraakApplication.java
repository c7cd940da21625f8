package nl.samenspraak.tool;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import nl.samenspraak.tool.admin.AdminFilter;
import nl.samenspraak.tool.admin.AdminGradesResource;
import nl.samenspraak.tool.admin.AdminKeysResource;
import nl.samenspraak.tool.admin.AdminRegistrationsResource;
import nl.samenspraak.tool.admin.AdminSessionResource;
import nl.samenspraak.tool.admin.AdminTokenAudienceResource;
import nl.samenspraak.tool.admin.AdminToolResource;
import nl.samenspraak.tool.admin.DuplicateRegistrationMapper;
import nl.samenspraak.tool.admin.RegistrationProblemMapper;
import nl.samenspraak.tool.catalog.interfaces.rest.CatalogResource;
import nl.samenspraak.tool.catalog.interfaces.rest.PackMediaResource;
import nl.samenspraak.tool.infrastructure.web.ServerTimingFilter;
import nl.samenspraak.tool.interfaces.rest.CommonProviders;
import nl.samenspraak.tool.lti.grades.CourseGradesResource;
import nl.samenspraak.tool.lti.session.SessionExchangeResource;
import nl.samenspraak.tool.lti.deeplinking.DeepLinkingRejectedMapper;
import nl.samenspraak.tool.lti.deeplinking.DeepLinkingResource;
import nl.samenspraak.tool.lti.roster.RosterResource;
import nl.samenspraak.tool.lti.session.SessionFilter;
import nl.samenspraak.tool.lti.session.SessionResource;
import nl.samenspraak.tool.privacy.interfaces.rest.AdminRetentionResource;
import nl.samenspraak.tool.privacy.interfaces.rest.AdminTeachersResource;
import nl.samenspraak.tool.privacy.interfaces.rest.MyDataResource;
import nl.samenspraak.tool.privacy.interfaces.rest.PrivacyRejectedMapper;
import nl.samenspraak.tool.work.interfaces.rest.ActionPlanResource;
import nl.samenspraak.tool.work.interfaces.rest.AssignmentWorkResource;
import nl.samenspraak.tool.work.interfaces.rest.CourseReviewResource;
import nl.samenspraak.tool.work.interfaces.rest.NoticesResource;
import nl.samenspraak.tool.work.interfaces.rest.ObservationReadResource;
import nl.samenspraak.tool.work.interfaces.rest.CalendarFeedFileResource;
import nl.samenspraak.tool.work.interfaces.rest.CalendarFeedResource;
import nl.samenspraak.tool.work.interfaces.rest.ObserverFormResource;
import nl.samenspraak.tool.work.interfaces.rest.ObserverLinkRejectedMapper;
import nl.samenspraak.tool.work.interfaces.rest.ObserverLinkResource;
import nl.samenspraak.tool.work.interfaces.rest.PeerCoachingResource;
import nl.samenspraak.tool.work.interfaces.rest.PeerGroupsResource;
import nl.samenspraak.tool.work.interfaces.rest.TeacherFeedbackResource;
import nl.samenspraak.tool.work.interfaces.rest.ProgressResource;
import nl.samenspraak.tool.work.interfaces.rest.QuickscanResource;
import nl.samenspraak.tool.work.interfaces.rest.WorkRejectedMapper;

/**
 * The JSON API under {@code /api}. The tool has several JAX-RS applications (this one, {@code /lti},
 * {@code /.well-known}), so each lists its classes: a resource must not appear under two paths.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Samenspraak API", version = "1",
        description = "The JSON API of Samenspraak. Teachers' and trainers' calls carry the session token of"
                + " their launch as Authorization: Bearer; administrators' calls an admin token from"
                + " POST /api/admin/session. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "session"))
@SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class SamenspraakApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CommonProviders.CLASSES);
        classes.addAll(Set.of(CatalogResource.class, PackMediaResource.class, SessionResource.class,
                SessionFilter.class));
        classes.addAll(Set.of(AdminSessionResource.class, AdminRegistrationsResource.class, AdminKeysResource.class,
                AdminToolResource.class, AdminFilter.class, RegistrationProblemMapper.class,
                DuplicateRegistrationMapper.class));
        classes.addAll(Set.of(AssignmentWorkResource.class, ProgressResource.class, WorkRejectedMapper.class));
        classes.addAll(Set.of(QuickscanResource.class, ActionPlanResource.class));
        classes.add(PeerCoachingResource.class);
        classes.addAll(Set.of(ObserverLinkResource.class, ObserverFormResource.class, ObserverLinkRejectedMapper.class,
                CalendarFeedResource.class, CalendarFeedFileResource.class));
        classes.addAll(Set.of(AdminGradesResource.class, AdminTokenAudienceResource.class, CourseGradesResource.class));
        classes.add(SessionExchangeResource.class);
        classes.addAll(Set.of(MyDataResource.class, AdminTeachersResource.class, AdminRetentionResource.class,
                PrivacyRejectedMapper.class));
        classes.addAll(Set.of(DeepLinkingResource.class, DeepLinkingRejectedMapper.class, RosterResource.class));
        classes.addAll(Set.of(CourseReviewResource.class, TeacherFeedbackResource.class));
        classes.add(ServerTimingFilter.class);
        classes.add(NoticesResource.class);
        classes.add(PeerGroupsResource.class);
        classes.add(ObservationReadResource.class);
        return classes;
    }
}
