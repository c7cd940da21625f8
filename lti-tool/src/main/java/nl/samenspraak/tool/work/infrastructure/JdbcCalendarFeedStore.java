package nl.samenspraak.tool.work.infrastructure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.Statements;
import nl.samenspraak.tool.work.calendarfeed.CalendarFeedStore;

/** {@link CalendarFeedStore} in the table {@code calendar_feed}, reading the planning of peer coaching. */
@Singleton
public class JdbcCalendarFeedStore implements CalendarFeedStore {

    private final Sql sql;

    @Inject
    public JdbcCalendarFeedStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void replace(long userId, String tokenHash, Language language, Instant now) {
        sql.upsert("calendar_feed", "user_id, token_hash, language, created_at", "user_id",
                userId, tokenHash, language.code(), now);
    }

    @Override
    public boolean remove(long userId) {
        return sql.update("DELETE FROM calendar_feed WHERE user_id = ?", userId) > 0;
    }

    @Override
    public Optional<Instant> createdAt(long userId) {
        return sql.one("SELECT created_at FROM calendar_feed WHERE user_id = ?",
                row -> Statements.instant(row, "created_at"), userId);
    }

    @Override
    public Optional<FeedOwner> ownerOf(String tokenHash) {
        return sql.one("SELECT user_id, language FROM calendar_feed WHERE token_hash = ?",
                row -> new FeedOwner(row.getLong("user_id"),
                        Language.fromCode(row.getString("language")).orElse(Language.NL)), tokenHash);
    }

    @Override
    public List<PlannedEntry> plannedFor(long userId) {
        return sql.list("SELECT o.id, o.planning_sequence, o.planned_at, o.planning_note, p.assignment_id,"
                        + " o.conversation_kind, o.duration_minutes, o.cancelled_at,"
                        + " observer.name AS observer_name, observer.given_name AS observer_given,"
                        + " observer.family_name AS observer_family, observed.name AS observed_name,"
                        + " observed.given_name AS observed_given, observed.family_name AS observed_family"
                        + " FROM peer_observation o JOIN peer_partnership p ON p.id = o.partnership_id"
                        + " JOIN lti_user observer ON observer.id = o.observer_id"
                        + " JOIN lti_user observed ON observed.id = o.observed_id"
                        + " WHERE (o.observer_id = ? OR o.observed_id = ?) AND o.planned_at IS NOT NULL"
                        // An ended group's conversation that never happened leaves the calendar.
                        + " AND (p.ended_at IS NULL OR o.submitted_at IS NOT NULL)"
                        + " ORDER BY o.planned_at, o.id",
                row -> new PlannedEntry(row.getLong("id"), row.getInt("planning_sequence"),
                        Statements.instant(row, "planned_at"), row.getString("planning_note"),
                        row.getString("assignment_id"), name(row, "observer"), name(row, "observed"),
                        Statements.optional(row, "conversation_kind"), minutes(row),
                        row.getTimestamp("cancelled_at") != null),
                userId, userId);
    }

    private static OptionalInt minutes(ResultSet row) throws SQLException {
        int minutes = row.getInt("duration_minutes");
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(minutes);
    }

    /** The name the platform sent, or else the given and family names, as the course's roster reads them. */
    private static Optional<String> name(ResultSet row, String who) throws SQLException {
        Optional<String> name = Statements.optional(row, who + "_name").filter(full -> !full.isBlank());
        if (name.isPresent()) {
            return name;
        }
        String joined = String.join(" ", Statements.optional(row, who + "_given").orElse(""),
                Statements.optional(row, who + "_family").orElse("")).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}
