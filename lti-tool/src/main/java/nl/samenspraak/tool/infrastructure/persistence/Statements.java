package nl.samenspraak.tool.infrastructure.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Queries and updates with positional parameters. A parameter may be a String, a number, a Boolean, an
 * {@link Instant} (stored as TIMESTAMP WITH TIME ZONE), a {@link URI}, an {@link Optional} of those, or null.
 */
public abstract class Statements {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    abstract <T> T withConnection(ConnectionWork<T> work);

    abstract Sql.Dialect dialect();

    public <T> List<T> list(String sql, Row<T> mapper, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("More than one row for: " + sql);
        }
        return rows.stream().findFirst();
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Inserts one row and returns the key the database generated in column {@code id}. */
    public long insert(String sql, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key for: " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Inserts the row unless one with the same key is there, also when another transaction inserts that key
     * at the same moment: PostgreSQL's {@code ON CONFLICT DO NOTHING} (a failed INSERT would abort the whole
     * transaction there); on H2, where a failed statement leaves the transaction as it was, the INSERT itself.
     *
     * @param columns the columns given, comma-separated, one value each
     * @param key     the columns of the unique key, comma-separated
     * @return whether the row was inserted
     */
    public boolean insertIfAbsent(String table, String columns, String key, Object... values) {
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders(values.length) + ")";
        if (dialect() == Sql.Dialect.POSTGRESQL) {
            return update(insert + " ON CONFLICT (" + key + ") DO NOTHING", values) == 1;
        }
        try {
            return update(insert, values) == 1;
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Inserts the row, or replaces the other columns of the row with the same key, in one statement that
     * cannot collide with a concurrent one: {@code INSERT ... ON CONFLICT DO UPDATE} on PostgreSQL,
     * {@code MERGE ... KEY} on H2.
     *
     * @param columns the columns given, comma-separated, one value each; the key columns among them
     * @param key     the columns of the unique key, comma-separated
     */
    public void upsert(String table, String columns, String key, Object... values) {
        if (dialect() == Sql.Dialect.POSTGRESQL) {
            List<String> keys = names(key);
            String set = names(columns).stream().filter(column -> !keys.contains(column))
                    .map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "));
            update("INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders(values.length) + ")"
                    + " ON CONFLICT (" + key + ") DO UPDATE SET " + set, values);
        } else {
            update("MERGE INTO " + table + " (" + columns + ") KEY (" + key + ") VALUES ("
                    + placeholders(values.length) + ")", values);
        }
    }

    private static List<String> names(String columns) {
        return Arrays.stream(columns.split(",")).map(String::strip).toList();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant; null stays null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Optional<String> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Optional<?> optional ? optional.orElse(null) : parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof URI uri) {
                statement.setString(index, uri.toString());
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
