package nl.samenspraak.tool.infrastructure.persistence;

import java.sql.SQLException;

/** Turns a failed first connection into one sentence that tells an administrator what to fix. */
final class ConnectionFailure {

    private ConnectionFailure() {
    }

    static String explain(SQLException failure, DatabaseSettings settings) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String where = settings.safeUrl();
        if (settings.kind() == DatabaseSettings.Kind.EMBEDDED) {
            // H2 90020: the file is locked by another process.
            if (failure.getErrorCode() == 90020) {
                return "The embedded database " + where + " is in use by another Samenspraak server: stop that one,"
                        + " or set SAMENSPRAAK_DATA_DIR to another folder.";
            }
            return "The embedded database " + where + " cannot be opened (" + firstLine(failure)
                    + "): check that SAMENSPRAAK_DATA_DIR is a folder this server may write to.";
        }
        if (state.startsWith("28")) {
            return "PostgreSQL at " + where + " refused the login of user '" + settings.user()
                    + "': check SAMENSPRAAK_DB_USER and SAMENSPRAAK_DB_PASSWORD.";
        }
        if (state.equals("3D000")) {
            return "PostgreSQL at " + where + " has no such database: create it (CREATE DATABASE ... OWNER "
                    + settings.user() + ") or correct the database name in SAMENSPRAAK_DB_URL.";
        }
        if (state.startsWith("08")) {
            return "No PostgreSQL answers at " + where + " (" + firstLine(failure)
                    + "): check that PostgreSQL runs and that host and port in SAMENSPRAAK_DB_URL are right.";
        }
        return "PostgreSQL at " + where + " cannot be used (" + firstLine(failure)
                + "): check SAMENSPRAAK_DB_URL, SAMENSPRAAK_DB_USER and SAMENSPRAAK_DB_PASSWORD.";
    }

    private static String firstLine(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
