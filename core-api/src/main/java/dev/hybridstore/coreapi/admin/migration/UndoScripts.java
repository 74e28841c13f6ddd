package dev.hybridstore.coreapi.admin.migration;

import dev.hybridstore.coreapi.admin.AdminConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Seed 004's {@code downgrade -1} on top of Flyway Community, which has no undo: {@code V3__catalog.sql} is reverted by
 * {@code db/undo/U3__catalog.sql}, run in one transaction with the removal of its history row, so a failure changes nothing.
 */
@Singleton
class UndoScripts {

    private final String location;

    UndoScripts(AdminConfig config) {
        this.location = config.undoLocation().replaceFirst("^classpath:", "").replaceAll("/+$", "");
    }

    /** {@code V3__catalog.sql} → {@code db/undo/U3__catalog.sql}. */
    String undoPath(String script) {
        String file = script.substring(script.lastIndexOf('/') + 1);
        return location + "/U" + file.substring(1);
    }

    Optional<String> load(String script) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(undoPath(script))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one undo script and forgets its version, atomically. The failure names the statement and its line. */
    void run(Connection connection, Configuration flyway, String version, String script, String text) throws UndoFailure {
        List<SqlScript.Statement> statements = SqlScript.split(substitute(flyway, text, undoPath(script)));
        try {
            connection.setAutoCommit(false);
            for (SqlScript.Statement statement : statements) {
                try (Statement st = connection.createStatement()) {
                    st.execute(statement.sql());
                } catch (SQLException e) {
                    connection.rollback();
                    throw new UndoFailure(undoPath(script), statement.line(), statement.sql(), firstLine(e));
                }
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM " + historyTable(flyway) + " WHERE version = ?")) {
                forget.setString(1, version);
                forget.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new UndoFailure(undoPath(script), 0, null, firstLine(e));
        }
    }

    /** The schema history table, quoted. */
    static String historyTable(Configuration flyway) {
        return quote(historySchema(flyway)) + "." + quote(flyway.getTable());
    }

    /** Where Flyway keeps its history: its default schema, else the first managed schema, else public. */
    static String historySchema(Configuration flyway) {
        return flyway.getDefaultSchema() != null ? flyway.getDefaultSchema()
                : flyway.getSchemas().length > 0 ? flyway.getSchemas()[0] : "public";
    }

    /** Flyway's ${name} placeholders, with the same values the upgrade scripts get; an unknown one is an error, as in Flyway. */
    private static String substitute(Configuration flyway, String text, String path) {
        if (!flyway.isPlaceholderReplacement()) {
            return text;
        }
        Map<String, String> values = flyway.getPlaceholders();
        Pattern placeholder = Pattern.compile(Pattern.quote(flyway.getPlaceholderPrefix()) + "([A-Za-z0-9_.:-]+)"
                + Pattern.quote(flyway.getPlaceholderSuffix()));
        Matcher m = placeholder.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new UndoFailure(path, 0, null, "no value for placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** An undo script failed; nothing of it was kept. */
    static final class UndoFailure extends RuntimeException {
        final String script;
        final int line;
        final String statement;

        UndoFailure(String script, int line, String statement, String error) {
            super(error);
            this.script = script;
            this.line = line;
            this.statement = statement;
        }
    }
}
