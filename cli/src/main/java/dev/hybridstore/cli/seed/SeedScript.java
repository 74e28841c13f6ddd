package dev.hybridstore.cli.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the seed's SQL files (infra/postgres/seed, on the classpath under seed/) on one connection, with the part of
 * psql they are written in: variables ({@code :name}, {@code :'name'} as a quoted literal), {@code \set name value},
 * a query ended by {@code \gset} (its one row into variables, a column per variable) and {@code \ir file}.
 */
final class SeedScript {

    private static final Pattern META = Pattern.compile("^\\\\(set|ir)\\s+(\\S+)\\s*(.*)$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Connection connection;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Consumer<String> warnings;

    SeedScript(Connection connection, Consumer<String> warnings) {
        this.connection = connection;
        this.warnings = warnings;
    }

    SeedScript set(String name, Object value) {
        variables.put(name, String.valueOf(value));
        return this;
    }

    String get(String name) {
        return variables.get(name);
    }

    static boolean exists(String file) {
        return SeedScript.class.getResource("/seed/" + file) != null;
    }

    void run(String file) throws SQLException {
        StringBuilder query = new StringBuilder();
        for (String line : read(file).split("\n", -1)) {
            String trimmed = line.strip();
            Matcher meta = META.matcher(trimmed);
            if (meta.matches()) {
                execute(query, false);
                if (meta.group(1).equals("set")) {
                    variables.put(meta.group(2), meta.group(3));
                } else {
                    run(meta.group(2));
                }
            } else if (trimmed.startsWith("\\")) {
                throw new IllegalStateException(file + ": unsupported meta-command " + trimmed);
            } else if (trimmed.endsWith("\\gset")) {
                query.append(line, 0, line.lastIndexOf("\\gset"));
                execute(query, true);
            } else {
                query.append(line).append('\n');
            }
        }
        execute(query, false);
    }

    /** Sends the statements gathered so far (and empties the buffer); with {@code gset}, the last one's row becomes variables. */
    private void execute(StringBuilder query, boolean gset) throws SQLException {
        String sql = substitute(query.toString());
        query.setLength(0);
        if (sql == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            Map<String, String> row = null;
            int rows = 0;
            boolean isResult = statement.execute(sql);
            while (isResult || statement.getUpdateCount() != -1) {
                if (isResult) {
                    try (ResultSet r = statement.getResultSet()) {
                        ResultSetMetaData columns = r.getMetaData();
                        row = new LinkedHashMap<>();
                        rows = 0;
                        while (r.next()) {
                            if (rows++ == 0) {
                                for (int i = 1; i <= columns.getColumnCount(); i++) {
                                    row.put(columns.getColumnLabel(i), r.getString(i));
                                }
                            }
                        }
                    }
                }
                isResult = statement.getMoreResults();
            }
            for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                warnings.accept(w.getMessage());
            }
            if (gset) {
                if (row == null || rows != 1) {
                    throw new SQLException("\\gset needs exactly one row, the query returned " + rows + ": " + sql.strip());
                }
                row.forEach((name, value) -> {
                    if (value == null) {
                        variables.remove(name);
                    } else {
                        variables.put(name, value);
                    }
                });
            }
        }
    }

    /**
     * The text with known variables replaced, as psql does: not inside literals, quoted identifiers, comments or
     * dollar-quoted bodies, nor in casts ({@code ::type}). Null when it holds no statement, only space and comments.
     */
    String substitute(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean code = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (sql.startsWith("--", i)) {
                end = lineEnd(sql, i);
            } else if (sql.startsWith("/*", i)) {
                end = after(sql, "*/", i + 2);
            } else if (c == '\'' || c == '"') {
                end = after(sql, String.valueOf(c), i + 1);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                end = after(sql, tag, i + tag.length());
            } else if (sql.startsWith("::", i)) {
                end = i + 2;
            } else if (c == ':') {
                end = variable(sql, i, out);
                if (end > i) {
                    i = end;
                    code = true;
                    continue;
                }
                end = i + 1;
            } else {
                end = i + 1;
            }
            code |= !Character.isWhitespace(c) && !sql.startsWith("--", i) && !sql.startsWith("/*", i);
            out.append(sql, i, end);
            i = end;
        }
        return code ? out.toString() : null;
    }

    /** Appends the value of the variable reference at {@code i} and answers where it ends, or {@code i} when there is none. */
    private int variable(String sql, int i, StringBuilder out) {
        boolean quoted = sql.startsWith(":'", i);
        Matcher name = NAME.matcher(sql).region(i + (quoted ? 2 : 1), sql.length());
        if (!name.lookingAt() || !variables.containsKey(name.group()) || (quoted && !sql.startsWith("'", name.end()))) {
            return i;
        }
        String value = variables.get(name.group());
        out.append(quoted ? "'" + value.replace("'", "''") + "'" : value);
        return quoted ? name.end() + 1 : name.end();
    }

    private static String dollarTag(String sql, int i) {
        if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }

    private static int after(String sql, String closing, int from) {
        int at = sql.indexOf(closing, from);
        return at < 0 ? sql.length() : at + closing.length();
    }

    private static int lineEnd(String sql, int from) {
        int at = sql.indexOf('\n', from);
        return at < 0 ? sql.length() : at;
    }

    private static String read(String file) {
        try (InputStream in = SeedScript.class.getResourceAsStream("/seed/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed/" + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
