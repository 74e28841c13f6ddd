package dev.hybridstore.coreapi.admin.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replaces personal data in a restored copy with deterministic fakes: the same original and salt always give the same
 * fake, so joins and repeated names still line up, but the original cannot be read back (a salted hash, not a plain one,
 * since names are few enough to guess). Covers the named personal columns, and any email/phone/address column.
 */
final class Anonymizer {

    private enum Kind {
        NAME, CANDIDATE, EMAIL, PHONE, ADDRESS
    }

    private record Rule(String table, String column, Kind kind) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("users", "name", Kind.NAME),
            new Rule("interviews", "candidate_name", Kind.CANDIDATE),
            new Rule(null, "email", Kind.EMAIL),
            new Rule(null, "phone", Kind.PHONE),
            new Rule(null, "phone_number", Kind.PHONE),
            new Rule(null, "address", Kind.ADDRESS));

    private Anonymizer() {
    }

    /** Rewrites every matching column in {@code schemas}, in one transaction; returns "schema.table.column (rows)" for each. */
    static List<String> apply(Connection connection, List<String> schemas, String salt) throws SQLException {
        List<String> done = new ArrayList<>();
        connection.setAutoCommit(false);
        try (PreparedStatement columns = connection.prepareStatement("""
                SELECT table_schema, table_name, column_name, character_maximum_length
                  FROM information_schema.columns
                 WHERE table_schema = ANY (?) AND data_type IN ('text', 'character varying', 'character')
                   AND (table_schema, table_name) IN (SELECT table_schema, table_name FROM information_schema.tables
                                                       WHERE table_type = 'BASE TABLE')
                 ORDER BY 1, 2, 3""")) {
            columns.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            List<String[]> matches = new ArrayList<>();
            try (ResultSet rs = columns.executeQuery()) {
                while (rs.next()) {
                    Kind kind = kindOf(rs.getString(2), rs.getString(3));
                    if (kind != null) {
                        matches.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), kind.name(),
                                rs.getObject(4) == null ? null : rs.getString(4)});
                    }
                }
            }
            for (String[] m : matches) {
                String column = quote(m[2]);
                String fake = fake(Kind.valueOf(m[3]), column);
                if (m[4] != null) {
                    fake = "left(" + fake + ", " + Integer.parseInt(m[4]) + ")";
                }
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + quote(m[0]) + "." + quote(m[1]) + " SET "
                        + column + " = " + fake + " WHERE " + column + " IS NOT NULL")) {
                    update.setString(1, salt);
                    done.add(m[0] + "." + m[1] + "." + m[2] + " (" + update.executeUpdate() + " rows)");
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return done;
    }

    private static Kind kindOf(String table, String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return RULES.stream().filter(r -> (r.table() == null || r.table().equals(table)) && r.column().equals(c))
                .map(Rule::kind).findFirst().orElse(null);
    }

    /** The fake's SQL; its one parameter is the salt. */
    private static String fake(Kind kind, String column) {
        String hash = "md5(? || " + column + ")";
        return switch (kind) {
            case NAME -> "'User ' || substr(" + hash + ", 1, 10)";
            case CANDIDATE -> "'Candidate ' || substr(" + hash + ", 1, 10)";
            case EMAIL -> "'user_' || substr(" + hash + ", 1, 12) || '@example.invalid'";
            case PHONE -> "'010-0000-' || lpad((('x' || substr(" + hash + ", 1, 7))::bit(28)::int % 10000)::text, 4, '0')";
            case ADDRESS -> "'Address ' || substr(" + hash + ", 1, 10)";
        };
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
