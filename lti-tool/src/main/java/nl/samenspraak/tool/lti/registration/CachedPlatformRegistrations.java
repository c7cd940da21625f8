package nl.samenspraak.tool.lti.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The platform registrations kept in memory, so that a login or a launch reads none from the database:
 * a school has a handful, and they change when an administrator changes them. A change made through this
 * server is seen at once (the copy is dropped when the change returns); a change made by another server
 * sharing the database is seen within {@link #CHECK_INTERVAL}, the longest time between two comparisons
 * of the copy's number with the counter in {@code registration_version}, which every change raises in
 * its transaction; a registration the copy does not have is looked for at once. Reading all registrations is one statement, whatever their number.
 */
@Singleton
public class CachedPlatformRegistrations implements PlatformRegistrations {

    /** How old the copy may be, at most, when another server changed a registration. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

    private final JdbcPlatformRegistrations stored;
    private final Clock clock;
    private final AtomicReference<Copy> copy = new AtomicReference<>(Copy.none());

    @Inject
    public CachedPlatformRegistrations(JdbcPlatformRegistrations stored, Clock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    /**
     * The registrations as read at {@code version}, last compared with the database at {@code comparedAt}.
     * {@link #none()} makes a new instance each time: a reader that loaded before a change cannot install
     * its older copy over the one the change left (the swap compares instances).
     */
    private record Copy(long version, Instant comparedAt, List<PlatformRegistration> registrations) {

        static Copy none() {
            return new Copy(-1, Instant.MIN, List.of());
        }

        boolean loaded() {
            return version >= 0;
        }
    }

    @Override
    public List<PlatformRegistration> all() {
        return current();
    }

    @Override
    public Optional<PlatformRegistration> find(long id) {
        return orCompared(registrations -> registrations.stream().filter(registration -> registration.id() == id)
                .findFirst(), Optional::isEmpty);
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return orCompared(registrations -> registrations.stream()
                .filter(registration -> registration.issuer().equals(issuer) && registration.clientId().equals(clientId))
                .findFirst(), Optional::isEmpty);
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        return orCompared(registrations -> registrations.stream()
                .filter(registration -> registration.issuer().equals(issuer)).toList(), List::isEmpty);
    }

    /**
     * The answer from the copy; when it finds nothing, the copy is compared with the database first: a platform
     * registered on another server a moment ago may launch here at once (a dynamic registration does). A
     * refusal of an unknown platform costs one small query then.
     */
    private <T> T orCompared(Function<List<PlatformRegistration>, T> query, Predicate<T> nothingFound) {
        T answer = query.apply(current());
        if (!nothingFound.test(answer)) {
            return answer;
        }
        Copy seen = copy.get();
        if (seen.loaded() && seen.version() == stored.version()) {
            return answer;
        }
        copy.compareAndSet(seen, Copy.none());
        return query.apply(current());
    }

    @Override
    public PlatformRegistration add(PlatformDetails details, PlatformRegistration.RegisteredBy by, boolean enabled,
                                    List<String> deploymentIds, Instant now) {
        return changed(() -> stored.add(details, by, enabled, deploymentIds, now));
    }

    @Override
    public Optional<PlatformRegistration> update(long id, PlatformDetails details, Instant now) {
        return changed(() -> stored.update(id, details, now));
    }

    @Override
    public Optional<PlatformRegistration> setEnabled(long id, boolean enabled, Instant now) {
        return changed(() -> stored.setEnabled(id, enabled, now));
    }

    @Override
    public boolean remove(long id) {
        return changed(() -> stored.remove(id));
    }

    @Override
    public Optional<PlatformRegistration> putDeployment(long id, String deploymentId, Optional<String> label,
                                                        Instant now) {
        return changed(() -> stored.putDeployment(id, deploymentId, label, now));
    }

    @Override
    public Optional<PlatformRegistration> removeDeployment(long id, String deploymentId, Instant now) {
        return changed(() -> stored.removeDeployment(id, deploymentId, now));
    }

    /** Drops the copy after the change, also when it failed half-way, so the next read sees the database. */
    private <T> T changed(Supplier<T> change) {
        try {
            return change.get();
        } finally {
            copy.set(Copy.none());
        }
    }

    private List<PlatformRegistration> current() {
        Copy seen = copy.get();
        Instant now = clock.instant();
        if (seen.loaded() && now.isBefore(seen.comparedAt().plus(CHECK_INTERVAL))) {
            return seen.registrations();
        }
        // The number is read before the registrations: a change in between makes the copy newer than its
        // number, never older, and the next comparison loads again.
        long version = stored.version();
        Copy fresh = seen.loaded() && seen.version() == version
                ? new Copy(version, now, seen.registrations())
                : new Copy(version, now, List.copyOf(stored.all()));
        copy.compareAndSet(seen, fresh);
        return fresh.registrations();
    }
}
