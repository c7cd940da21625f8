package nl.samenspraak.tool.lti.deeplinking;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.infrastructure.security.RandomTokens;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.lti.keys.ToolKeyRing;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.PlatformRegistrations;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The picker's use cases: show a trainer's deep-linking request, and answer it with the chosen assignments
 * and their settings as a signed response. Only the trainer whose launch made the request may do either; an
 * answer is checked completely before the request is marked answered, and a request is answered once.
 */
@Singleton
public class DeepLinkingService {

    /** The most items one answer may hold; Moodle makes one activity per item. */
    static final int MAX_ITEMS = 50;
    static final int MAX_TITLE = 255;
    static final double MAX_SCORE = 1000;
    /** Our own iat a few seconds in the past, for platforms whose clock is a little behind (Canvas allows 30 s). */
    static final Duration ISSUED_EARLIER = Duration.ofSeconds(5);

    private final DeepLinkingRequests requests;
    private final PlatformRegistrations registrations;
    private final ProgramCatalogService program;
    private final ToolKeyRing keys;
    private final PublicAddress address;
    private final RandomTokens random;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public DeepLinkingService(DeepLinkingRequests requests, PlatformRegistrations registrations,
                              ProgramCatalogService program, ToolKeyRing keys, PublicAddress address,
                              RandomTokens random, Clock clock, Texts texts) {
        this.requests = requests;
        this.registrations = registrations;
        this.program = program;
        this.keys = keys;
        this.address = address;
        this.random = random;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * One chosen assignment as the picker sends it; only the assignment is required.
     *
     * @param dueAt an ISO 8601 date-time with offset, or empty for none
     */
    public record Choice(String assignmentId, String title, Double scoreMaximum, Boolean needsApproval,
                         String dueAt) {
    }

    /** What the browser posts to the platform: the form field {@code JWT} to the return URL, exactly as given. */
    public record Answer(URI returnUrl, String jwt, List<ContentItem> items) {
    }

    /** The request as the picker shows it. */
    public DeepLinkingRequest request(String requestId, SessionToken session) {
        return open(requestId, session);
    }

    /**
     * Answers the request with these choices; no choice is the answer to cancel, which creates nothing.
     *
     * @throws DeepLinkingRejectedException when the request is not this trainer's or the choices do not fit
     */
    public Answer answer(String requestId, SessionToken session, List<Choice> choices) {
        DeepLinkingRequest request = open(requestId, session);
        List<ContentItem> items = items(request, choices);
        PlatformRegistration registration = registrations.find(request.registrationId()).orElseThrow(() ->
                unknown());
        Instant now = clock.instant();
        if (!requests.answer(request.id(), now)) {
            throw answered();
        }
        DeepLinkingResponse response = new DeepLinkingResponse(registration.clientId(), registration.issuer(),
                request.deploymentId(), items, request.data(), random.next(), now.minus(ISSUED_EARLIER));
        return new Answer(request.returnUrl(), response.toJWT(keys.signingKey(), address.resolve("/lti/launch")),
                items);
    }

    private DeepLinkingRequest open(String requestId, SessionToken session) {
        if (session.role() != ToolRole.INSTRUCTOR) {
            throw new DeepLinkingRejectedException(DeepLinkingRejectedException.Reason.FORBIDDEN,
                    texts.of(TextKey.DEEP_LINKING_ONLY_COURSE_S_TRAINER));
        }
        DeepLinkingRequest request = requests.find(requestId, clock.instant())
                .filter(found -> found.userId() == session.userId() && found.registrationId() == session.registrationId())
                .orElseThrow(this::unknown);
        if (request.answeredAt().isPresent()) {
            throw answered();
        }
        return request;
    }

    private List<ContentItem> items(DeepLinkingRequest request, List<Choice> choices) {
        if (choices == null) {
            throw invalid("items", TextKey.DEEP_LINKING_ITEMS_MISSING);
        }
        if (choices.size() > 1 && !request.acceptMultiple()) {
            throw invalid("items", TextKey.DEEP_LINKING_ONE_AT_A_TIME);
        }
        if (choices.size() > MAX_ITEMS) {
            throw invalid("items", TextKey.DEEP_LINKING_TOO_MANY_ITEMS, MAX_ITEMS);
        }
        List<ContentItem> items = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            items.add(item(choices.get(i), "items[" + i + "]"));
        }
        return items;
    }

    private ContentItem item(Choice choice, String path) {
        if (choice == null) {
            throw invalid(path, TextKey.DEEP_LINKING_EMPTY_CHOICE);
        }
        Assignment assignment = Optional.ofNullable(choice.assignmentId())
                .flatMap(id -> program.catalog().assignment(id))
                .orElseThrow(() -> invalid(path + ".assignmentId", TextKey.DEEP_LINKING_UNKNOWN_ASSIGNMENT));
        String title = choice.title() == null ? "" : choice.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.contains("\n")) {
            throw invalid(path + ".title", TextKey.DEEP_LINKING_TITLE, MAX_TITLE);
        }
        double score = choice.scoreMaximum() == null ? 0 : choice.scoreMaximum();
        if (!(score > 0 && score <= MAX_SCORE)) {
            throw invalid(path + ".scoreMaximum", TextKey.DEEP_LINKING_SCORE_MAXIMUM);
        }
        Optional<Instant> due = Optional.empty();
        if (choice.dueAt() != null && !choice.dueAt().isBlank()) {
            try {
                due = Optional.of(OffsetDateTime.parse(choice.dueAt().strip()).toInstant());
            } catch (DateTimeParseException e) {
                throw invalid(path + ".dueAt", TextKey.DEEP_LINKING_DUE_AT);
            }
        }
        return new ContentItem(assignment.id(), title, score, Boolean.TRUE.equals(choice.needsApproval()), due);
    }

    private DeepLinkingRejectedException invalid(String field, TextKey key, Object... arguments) {
        return new DeepLinkingRejectedException(DeepLinkingRejectedException.Reason.INVALID_INPUT,
                texts.of(key, arguments), field);
    }

    private DeepLinkingRejectedException unknown() {
        return new DeepLinkingRejectedException(DeepLinkingRejectedException.Reason.UNKNOWN_REQUEST,
                texts.of(TextKey.DEEP_LINKING_CHOICE_EXPIRED_NOT_YOURS));
    }

    private DeepLinkingRejectedException answered() {
        return new DeepLinkingRejectedException(DeepLinkingRejectedException.Reason.ANSWERED,
                texts.of(TextKey.DEEP_LINKING_CHOICE_SENT_LEARNING_PLATFORM));
    }
}
