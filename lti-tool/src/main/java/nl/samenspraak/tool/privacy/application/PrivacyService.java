package nl.samenspraak.tool.privacy.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.application.Transactions;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * A teacher's own data (export, who looked at their work) and the administrator's part: finding a teacher,
 * exporting their data, erasing them. One method, one use case, one transaction (in the store).
 */
@Singleton
public class PrivacyService {

    /** The most teachers one search lists; the administrator narrows the search for more. */
    public static final int MAX_LISTED = 50;
    public static final int MAX_QUERY = 100;
    /** How a teacher who was erased is named where their contribution stays (feedback, audit records). */

    private final PrivacyStore store;
    private final AuditTrail audit;
    private final ProgramCatalogService catalog;
    private final Event<TeacherErased> erased;
    private final Transactions transactions;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public PrivacyService(PrivacyStore store, AuditTrail audit, ProgramCatalogService catalog,
                          Event<TeacherErased> erased, Transactions transactions, Clock clock,
                          Texts texts) {
        this.store = store;
        this.audit = audit;
        this.catalog = catalog;
        this.erased = erased;
        this.transactions = transactions;
        this.clock = clock;
        this.texts = texts;
    }

    /** Everything kept about the teacher who asks. */
    public TeacherExport exportOwn(long userId, Language language) {
        return store.export(userId, Actor.teacher(userId), texts(language), clock.instant())
                .orElseThrow(this::unknownTeacher);
    }

    /** Everything kept about a teacher, for the administrator; audited. */
    public TeacherExport exportForAdministrator(long userId, Language language) {
        return store.export(userId, Actor.administrator(), texts(language), clock.instant())
                .orElseThrow(this::unknownTeacher);
    }

    /** Who opened, exported or erased the teacher's work, newest first. */
    public List<AuditEntry> whoLooked(long userId) {
        return audit.about(userId);
    }

    /** The teachers whose name or platform user id contains the text. */
    public List<TeacherListing> teachers(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_QUERY) {
            throw new PrivacyRejectedException(PrivacyRejectedException.Reason.INVALID_INPUT, "q",
                    texts.of(TextKey.PRIVACY_SEARCH_MOST_CHARACTERS, MAX_QUERY));
        }
        return store.teachers(query, MAX_LISTED);
    }

    /** What erasing the teacher would remove, for the confirmation. */
    public ErasureSummary erasurePreview(long userId) {
        return store.erasurePreview(userId).orElseThrow(this::unknownTeacher);
    }

    /**
     * Erases the teacher; other capabilities drop their part through {@link TeacherErased}, in the same
     * transaction: when one of them fails, nothing is erased.
     */
    public ErasureSummary erase(long userId) {
        return transactions.inTransaction(() -> store.erase(userId, Actor.administrator(), clock.instant())
                .map(summary -> {
                    erased.fire(new TeacherErased(userId));
                    return summary;
                })).orElseThrow(this::unknownTeacher);
    }

    private ExportTexts texts(Language language) {
        return new ExportTexts() {
            @Override
            public Optional<String> assignmentTitle(String assignmentId) {
                return catalog.catalog().assignment(assignmentId).map(found -> found.title().in(language));
            }

            @Override
            public Optional<String> question(String assignmentId, String questionId) {
                return catalog.catalog().assignment(assignmentId).flatMap(found -> found.question(questionId))
                        .map(question -> question.prompt().in(language));
            }

            @Override
            public String formerParticipant() {
                return texts.of(TextKey.PRIVACY_FORMER_PARTICIPANT).in(language);
            }
        };
    }

    private PrivacyRejectedException unknownTeacher() {
        return new PrivacyRejectedException(PrivacyRejectedException.Reason.UNKNOWN_TEACHER, null,
                texts.of(TextKey.PRIVACY_TEACHER_NOT_KNOWN_ANY));
    }
}
