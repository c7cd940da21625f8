package nl.samenspraak.tool.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives. Without {@code SAMENSPRAAK_DB_URL} Samenspraak uses an embedded H2 file database in
 * the data folder, so a first run needs nothing installed; with it, PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password, Kind kind) {

    /** The databases Samenspraak runs on. */
    public enum Kind { EMBEDDED, POSTGRESQL }

    static final String URL_VARIABLE = "SAMENSPRAAK_DB_URL";
    static final String USER_VARIABLE = "SAMENSPRAAK_DB_USER";
    static final String PASSWORD_VARIABLE = "SAMENSPRAAK_DB_PASSWORD";

    public DatabaseSettings {
        if (password == null) {
            password = "";
        }
    }

    /**
     * Reads the settings, or says what to fix.
     *
     * @param dataDir the folder of the embedded database, used when no URL is set
     * @throws DatabaseStartupException when the combination of settings cannot work
     */
    public static DatabaseSettings of(Optional<String> url, Optional<String> user, Optional<String> password,
                                      Path dataDir) {
        Optional<String> givenUrl = url.map(String::strip).filter(u -> !u.isEmpty());
        if (givenUrl.isEmpty()) {
            // H2 keeps 8 parsed statements per connection by default; a launch alone runs more than that, so
            // each statement would be parsed and planned again every time.
            String embedded = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("samenspraak") + ";QUERY_CACHE_SIZE=64";
            return new DatabaseSettings(embedded, "sa", "", Kind.EMBEDDED);
        }
        String jdbcUrl = givenUrl.get();
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new DatabaseStartupException(URL_VARIABLE + " must be a PostgreSQL URL such as"
                    + " jdbc:postgresql://db.example.nl:5432/samenspraak, but it starts with '"
                    + jdbcUrl.substring(0, Math.min(jdbcUrl.length(), 18)) + "'. Unset it to use the embedded database.");
        }
        String dbUser = user.map(String::strip).filter(u -> !u.isEmpty()).orElseThrow(() ->
                new DatabaseStartupException(URL_VARIABLE + " is set but " + USER_VARIABLE
                        + " is not: set the PostgreSQL user Samenspraak logs in as."));
        return new DatabaseSettings(jdbcUrl, dbUser, password.orElse(""), Kind.POSTGRESQL);
    }

    /** The URL without credentials a user may have put in it, fit for a log line. */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + kind + " " + safeUrl() + " as " + user + "]";
    }
}
