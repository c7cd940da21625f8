package nl.samenspraak.tool.lti.roster;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;

/**
 * The roster use case: when a trainer opens the course, its members are read from the platform (NRPS) if the
 * launch offered the service and the latest try is more than a few minutes old. A failure is noted for the
 * trainer's page and changes nothing; without the service the course's group is who launched.
 */
@Singleton
public class RosterSync {

    private static final Logger LOG = Logger.getLogger(RosterSync.class.getName());
    /** At most one read per course in this time, whoever opens it. */
    static final Duration INTERVAL = Duration.ofMinutes(5);

    private final RosterStore store;
    private final MembershipClient client;
    private final PlatformRegistrations registrations;
    private final Clock clock;

    @Inject
    public RosterSync(RosterStore store, MembershipClient client, PlatformRegistrations registrations, Clock clock) {
        this.store = store;
        this.client = client;
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * Where the course's group comes from, for the trainer's page.
     *
     * @param fromPlatform the platform's roster was read at least once; else the group is who launched
     * @param offered      the platform offers the roster service for this course
     * @param truncated    the latest read stopped at the page cap: members on later pages are missing
     * @param problem      why the latest read failed, if it did
     */
    public record Status(boolean fromPlatform, boolean offered, Optional<Instant> syncedAt, boolean truncated,
                         Optional<String> problem) {
    }

    /** The course's roster state, without reading anything from the platform. */
    public Status status(long contextId) {
        return store.course(contextId).map(RosterSync::status)
                .orElse(new Status(false, false, Optional.empty(), false, Optional.empty()));
    }

    /** Reads the roster when the platform offers it and the latest try is older than the interval. */
    public Status refreshIfDue(long contextId) {
        Instant now = clock.instant();
        Optional<RosterStore.CourseRoster> course = store.course(contextId);
        if (course.isEmpty() || course.get().membershipsUrl().isEmpty()
                || !store.claim(contextId, now, now.minus(INTERVAL))) {
            return status(contextId);
        }
        read(course.get(), now);
        return status(contextId);
    }

    private void read(RosterStore.CourseRoster course, Instant now) {
        Optional<PlatformRegistration> registration = registrations.find(course.registrationId())
                .filter(PlatformRegistration::enabled);
        if (registration.isEmpty()) {
            store.failed(course.contextId(), "the platform's registration is switched off");
            return;
        }
        try {
            MembershipClient.Roster roster = client.read(registration.get(), course.membershipsUrl().get());
            store.save(course.contextId(), course.registrationId(), roster, now);
            LOG.info("Roster of course " + course.contextId() + ": " + roster.members().size() + " members in "
                    + roster.pages() + " pages" + (roster.truncated() ? ", cut off at the page cap" : ""));
        } catch (RosterUnavailableException e) {
            LOG.warning("Roster of course " + course.contextId() + " not read: " + e.getMessage());
            store.failed(course.contextId(), e.getMessage());
        }
    }

    private static Status status(RosterStore.CourseRoster course) {
        return new Status(course.syncedAt().isPresent(), course.membershipsUrl().isPresent(), course.syncedAt(),
                course.truncated(), course.problem());
    }
}
