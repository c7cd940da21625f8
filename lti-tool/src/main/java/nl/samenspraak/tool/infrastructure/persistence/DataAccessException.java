package nl.samenspraak.tool.infrastructure.persistence;

import java.sql.SQLException;

/** The database refused or failed a statement: a fault of ours or of the database, never of the user. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether a unique or primary key constraint refused the row (SQLSTATE 23505 on H2 and PostgreSQL). */
    public boolean isDuplicateKey() {
        return getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}
