package nl.samenspraak.tool.privacy.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenspraak.tool.infrastructure.persistence.Statements;

/**
 * How a platform user is named in privacy views: the name the platform sent, else the given and family
 * names, else the platform's user id (platforms with anonymous privacy settings send no name at all).
 * Empty for an erased user, whom the views call "a former participant".
 */
final class PersonNames {

    private PersonNames() {
    }

    /** From the columns {@code prefix}name, given_name, family_name, subject and erased_at of the row. */
    static Optional<String> of(ResultSet row, String prefix) throws SQLException {
        if (row.getObject(prefix + "erased_at") != null || row.getObject(prefix + "subject") == null) {
            return Optional.empty();
        }
        return Statements.optional(row, prefix + "name").filter(name -> !name.isBlank())
                .or(() -> joined(row, prefix))
                .or(() -> Optional.of(subject(row, prefix)));
    }

    /** The name the platform sent, if it sent any (no platform user id in its place). */
    static Optional<String> sent(ResultSet row, String prefix) throws SQLException {
        Optional<String> name = Statements.optional(row, prefix + "name").filter(full -> !full.isBlank());
        return name.isPresent() ? name : joined(row, prefix);
    }

    private static Optional<String> joined(ResultSet row, String prefix) {
        try {
            String name = Stream.of(row.getString(prefix + "given_name"), row.getString(prefix + "family_name"))
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
            return name.isBlank() ? Optional.empty() : Optional.of(name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(ResultSet row, String prefix) {
        try {
            return row.getString(prefix + "subject");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
