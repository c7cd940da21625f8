package nl.samenspraak.tool.work.calendarfeed;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.privacy.application.TeacherErased;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ConversationKind;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import nl.samenspraak.tool.work.application.StoredObservation;
import nl.samenspraak.tool.work.application.WorkScope;

/**
 * A teacher's calendar feed: made or renewed (a new secret address, the old one stops working), revoked,
 * and read by its address. The token is 256 random bits shown to the teacher once; only its SHA-256 is
 * stored, so a copy of the database opens no feed.
 */
@Singleton
public class CalendarFeeds {

    private final CalendarFeedStore store;
    private final ProgramCatalogService catalog;
    private final Clock clock;
    private final Texts texts;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public CalendarFeeds(CalendarFeedStore store, ProgramCatalogService catalog, Clock clock, Texts texts) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.texts = texts;
    }

    /** The feed's planned observations, in the language the teacher made the feed in. */
    public record Feed(Language language, List<ObservationPlanning.PlannedObservation> planned) {

        public Feed {
            planned = List.copyOf(planned);
        }
    }

    /** When the teacher's current feed address was made; empty when they have none. */
    public Optional<Instant> madeAt(WorkScope scope) {
        return store.createdAt(scope.userId());
    }

    /** A new secret address for the teacher's feed; the one before stops working. @return the token */
    public String renew(WorkScope scope, Language language) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.replace(scope.userId(), hash(token), language, clock.instant());
        return token;
    }

    /** Stops the teacher's feed; false when there was none. */
    public boolean revoke(WorkScope scope) {
        return store.remove(scope.userId());
    }

    /** The feed a token opens; empty for an unknown, revoked or replaced one. */
    public Optional<Feed> feed(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.ownerOf(hash(token.strip())).map(owner -> new Feed(owner.language(),
                store.plannedFor(owner.userId()).stream().map(this::planned).toList()));
    }

    /** An erased teacher's feed goes in the erasure's transaction. */
    void teacherErased(@Observes TeacherErased erased) {
        store.remove(erased.userId());
    }

    /** The key a token is stored and looked up by. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private ObservationPlanning.PlannedObservation planned(CalendarFeedStore.PlannedEntry entry) {
        LocalizedText title = catalog.placement(entry.assignmentId())
                .map(placement -> placement.assignment().title())
                .orElseGet(() -> texts.of(TextKey.CALENDAR_FEEDS_PEER_COACHING));
        LocalizedText noName = texts.of(TextKey.CALENDAR_FEEDS_COLLEAGUE_WITHOUT_NAME);
        return new ObservationPlanning.PlannedObservation(entry.observationId(), entry.sequence(),
                entry.plannedAt().atZone(ObservationPlanning.SCHOOL_TIME), entry.note(),
                entry.observerName().map(LocalizedText::of).orElse(noName),
                entry.observedName().map(LocalizedText::of).orElse(noName), title,
                entry.kind().flatMap(ConversationKind::of), entry.minutes().orElse(StoredObservation.USUAL_MINUTES),
                entry.cancelled());
    }
}
