package nl.samenspraak.tool.work.observerlink;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.application.Transactions;
import nl.samenspraak.tool.lti.session.SessionSecret;
import nl.samenspraak.tool.privacy.application.TeacherErased;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.PeerCoachingService;
import nl.samenspraak.tool.work.application.WorkRejectedException;
import nl.samenspraak.tool.work.application.WorkScope;

/**
 * Makes, revokes and opens observers' links. A link is made by the observer in the tool (with a session),
 * for an observation they are to make and have not submitted; a new one revokes the ones before it, so at
 * most one link per observation works. Opening checks the signature, the time and then the stored id, so
 * that a revoked link stops working on every server at once.
 */
@Singleton
public class ObserverLinks {

    /** How long a link works at least: two weeks to plan, observe and write. */
    static final Duration LIFETIME = Duration.ofDays(14);
    /** After the planned conversation, a week to finish the form. */
    static final Duration AFTER_CONVERSATION = Duration.ofDays(7);
    /** However late the conversation is planned, a link never works longer than this. */
    static final Duration LONGEST = Duration.ofDays(60);

    private final PeerCoachingService peers;
    private final ObserverLinkStore store;
    private final SessionSecret secret;
    private final Transactions transactions;
    private final Clock clock;
    private final Texts texts;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public ObserverLinks(PeerCoachingService peers, ObserverLinkStore store, SessionSecret secret,
                         Transactions transactions, Clock clock, Texts texts) {
        this.peers = peers;
        this.store = store;
        this.secret = secret;
        this.transactions = transactions;
        this.clock = clock;
        this.texts = texts;
    }

    /** A link just made: the token that goes in the link's address, and until when it works. */
    public record IssuedLink(String token, Instant expiresAt) {

        /** Never the token: a link is as good as the observer's password for the form. */
        @Override
        public String toString() {
            return "IssuedLink[expiresAt=" + expiresAt + "]";
        }
    }

    /** An opened link: whose form it opens, where. */
    public record OpenedLink(ObserverLinkToken token) {

        public WorkScope scope() {
            return new WorkScope(token.observerId(), Optional.of(token.contextId()));
        }

        public String assignmentId() {
            return token.assignmentId();
        }

        public long observationId() {
            return token.observationId();
        }

        public Language language() {
            return token.language();
        }

        @Override
        public String toString() {
            return "OpenedLink[observation=" + token.observationId() + "]";
        }
    }

    /** The observation the link is for, with the partner observed and the assignment's form. */
    public record ObserverForm(PeerCoachingService.PeerCoaching peerCoaching, PeerCoachingService.Partner partner) {
    }

    /**
     * Makes a link for an observation the teacher makes, revoking the ones made before.
     *
     * @throws WorkRejectedException when the observation is not the teacher's to make, or submitted already
     */
    public IssuedLink issue(WorkScope scope, String assignmentId, long observationId, Language language) {
        PeerCoachingService.Partner partner = ownObservation(scope, assignmentId, observationId);
        if (partner.given().orElseThrow().submitted()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED,
                    texts.of(TextKey.OBSERVER_LINKS_OBSERVATION_BEEN_SUBMITTED_LINK));
        }
        Instant now = clock.instant();
        Instant expires = expiry(now, partner.given().orElseThrow().plannedAt());
        ObserverLinkToken token = new ObserverLinkToken(newId(), observationId, scope.userId(),
                scope.contextId().orElseThrow(), assignmentId, language, now, expires);
        transactions.useTransaction(() -> {
            store.revokeAll(observationId, scope.userId(), now);
            store.add(token.linkId(), observationId, scope.userId(), now, expires);
        });
        return new IssuedLink(token.toJWT(secret.bytes()), expires);
    }

    /** Revokes every link the teacher made for the observation; how many were still working. */
    public int revoke(WorkScope scope, String assignmentId, long observationId) {
        ownObservation(scope, assignmentId, observationId);
        return store.revokeAll(observationId, scope.userId(), clock.instant());
    }

    /**
     * Opens a link: a valid signature, not expired, and stored, unrevoked, for this observation and observer.
     *
     * @throws ObserverLinkRejectedException when it does not open the form
     */
    public OpenedLink open(String token) {
        if (token == null || token.isBlank()) {
            throw ObserverLinkRejectedException.invalid();
        }
        Instant now = clock.instant();
        ObserverLinkToken link = ObserverLinkToken.parse(token.strip(), secret.bytes(), now);
        ObserverLinkStore.StoredLink stored = store.find(link.linkId())
                .filter(found -> found.observationId() == link.observationId() && found.observerId() == link.observerId())
                .orElseThrow(() -> ObserverLinkRejectedException.revoked(link.language()));
        if (stored.revokedAt().isPresent()) {
            throw ObserverLinkRejectedException.revoked(link.language());
        }
        // The stored expiry decides as well as the signed one, so it can only be shortened, never stretched.
        if (!now.isBefore(stored.expiresAt())) {
            throw ObserverLinkRejectedException.expired(link.language());
        }
        return new OpenedLink(link);
    }

    /** The form the link opens, as the observer's page in the tool has it. */
    public ObserverForm form(OpenedLink link) {
        PeerCoachingService.PeerCoaching state = peers.state(link.scope(), link.assignmentId());
        PeerCoachingService.Partner partner = given(state.partners(), link.observationId())
                .orElseThrow(() -> ObserverLinkRejectedException.revoked(link.language()));
        return new ObserverForm(state, partner);
    }

    /** An erased teacher's links go in the erasure's transaction. */
    void teacherErased(@Observes TeacherErased erased) {
        store.removeAllOf(erased.userId());
    }

    /**
     * Until when a link works: two weeks, or a week after the planned conversation when that is later, but
     * never longer than {@link #LONGEST}.
     */
    static Instant expiry(Instant now, Optional<Instant> plannedAt) {
        Instant expires = now.plus(LIFETIME);
        Instant afterConversation = plannedAt.map(at -> at.plus(AFTER_CONVERSATION)).orElse(expires);
        if (afterConversation.isAfter(expires)) {
            expires = afterConversation;
        }
        Instant longest = now.plus(LONGEST);
        return expires.isAfter(longest) ? longest : expires;
    }

    private PeerCoachingService.Partner ownObservation(WorkScope scope, String assignmentId, long observationId) {
        return given(peers.state(scope, assignmentId).partners(), observationId).orElseThrow(() -> {
            LocalizedText unknown = texts.of(TextKey.OBSERVER_LINKS_OBSERVATION_NOT_ONE_MAKE, observationId);
            return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                    List.of(new WorkRejectedException.FieldIssue("observationId", unknown)));
        });
    }

    private static Optional<PeerCoachingService.Partner> given(List<PeerCoachingService.Partner> partners,
                                                               long observationId) {
        return partners.stream().filter(partner -> partner.given().filter(given -> given.id() == observationId).isPresent())
                .findFirst();
    }

    private String newId() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
