package dev.hybridstore.cli.db;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.cli.http.Api.Answer;
import dev.hybridstore.cli.output.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The admin API's answers as an operator reads them (the JSON shapes are core-api's admin views). */
final class DbReport {

    static final String OK = "    ok ";
    private static final String INDENT = "    ";

    private DbReport() {
    }

    /** GET /admin/db/migrations: the version, the history table and the pending scripts. */
    static String status(JsonNode s) {
        StringBuilder out = new StringBuilder();
        out.append("database ").append(s.path("database").asText()).append(": version ")
                .append(or(s.path("current_version"), "empty (no migration applied)")).append('\n');
        if (!s.path("history").isEmpty()) {
            Table history = new Table("RANK", "VERSION", "DESCRIPTION", "BY", "ON", "TIME", "OK", "UNDO");
            for (JsonNode h : s.path("history")) {
                history.row(h.path("installed_rank").asText(), or(h.path("version"), "-"), h.path("description").asText(),
                        h.path("installed_by").asText(), seconds(h.path("installed_on")), h.path("execution_time_ms").asText() + " ms",
                        h.path("success").asBoolean() ? "yes" : "FAILED", h.path("undo_available").asBoolean() ? "yes" : "no");
            }
            out.append("\nhistory:\n").append(indent(history.render()));
        }
        out.append('\n');
        if (s.path("pending").isEmpty()) {
            out.append("pending: none\n");
        } else {
            out.append("pending:\n");
            for (JsonNode p : s.path("pending")) {
                out.append(INDENT).append(p.path("version").asText()).append("  ").append(p.path("description").asText())
                        .append("  (").append(p.path("script").asText()).append(")\n");
            }
        }
        return out.toString();
    }

    /** An upgrade, undo or reset: the versions before and after, each script with its time, and the total. */
    static String run(JsonNode r) {
        StringBuilder out = new StringBuilder();
        out.append("database ").append(r.path("database").asText()).append(": ").append(or(r.path("from_version"), "empty"))
                .append(" → ").append(or(r.path("to_version"), "empty")).append(" (").append(r.path("direction").asText()).append(")\n");
        if (r.path("steps").isEmpty()) {
            out.append(INDENT).append("nothing to do\n");
        } else {
            Table steps = new Table("VERSION", "STEP", "TIME");
            for (JsonNode s : r.path("steps")) {
                steps.row(or(s.path("version"), "-"), or(s.path("script"), s.path("description").asText()), duration(s.path("duration_ms")));
            }
            out.append(indent(steps.render()));
        }
        return out.append(INDENT).append("total ").append(duration(r.path("duration_ms"))).append('\n').toString();
    }

    /** POST /admin/db/migrations/validate, after the verdict line: what does not match, which undo scripts are missing. */
    static String validationDetails(JsonNode v) {
        StringBuilder out = new StringBuilder();
        if (!v.path("valid").asBoolean()) {
            for (JsonNode e : v.path("errors")) {
                out.append(INDENT).append(or(e.path("version"), "-")).append(' ').append(e.path("script").asText()).append(": ")
                        .append(e.path("message").asText()).append('\n');
            }
        }
        if (!v.path("undo_missing").isEmpty()) {
            out.append(INDENT).append("no undo script: ").append(join(v.path("undo_missing"))).append('\n');
        }
        return out.toString();
    }

    static String backup(JsonNode b) {
        StringBuilder out = new StringBuilder(OK).append(b.path("name").asText()).append(": ").append(number(b.path("size_mb")))
                .append(" MB in ").append(b.path("duration_ms").asText()).append(" ms\n");
        out.append(INDENT).append("sha256 ").append(b.path("sha256").asText()).append('\n');
        return out.append(steps(b.path("steps"))).toString();
    }

    static String backups(JsonNode list) {
        StringBuilder out = new StringBuilder("backups in ").append(list.path("directory").asText()).append(":\n");
        if (list.path("backups").isEmpty()) {
            return out.append(INDENT).append("none\n").toString();
        }
        Table table = new Table("NAME", "SIZE", "CREATED", "SHA-256");
        for (JsonNode b : list.path("backups")) {
            String sha = or(b.path("sha256"), "-");
            table.row(b.path("name").asText(), number(b.path("size_mb")) + " MB", seconds(b.path("created_at")),
                    sha.substring(0, Math.min(16, sha.length())) + "…");
        }
        return out.append(indent(table.render())).toString();
    }

    static String restore(JsonNode r) {
        StringBuilder out = new StringBuilder(OK).append("restored into ").append(r.path("database").asText()).append(" in ")
                .append(r.path("duration_ms").asText()).append(" ms; schema version ").append(or(r.path("schema_version"), "none"))
                .append('\n').append(steps(r.path("steps")));
        if (!r.path("anonymized").isEmpty()) {
            out.append(INDENT).append("anonymized: ").append(join(r.path("anonymized"))).append('\n');
        }
        return out.toString();
    }

    /** GET /admin/db/health, reachable (200) or not (503, same body). */
    static String health(JsonNode h) {
        List<String> lines = new ArrayList<>();
        boolean reachable = h.path("reachable").asBoolean();
        lines.add(label("reachable") + (reachable ? "yes" : "NO: " + h.path("error").asText()));
        if (reachable) {
            JsonNode pool = h.path("pool");
            lines.add(label("database") + h.path("database").asText() + " (" + number(round(h.path("size_bytes").asDouble() / 1048576, 1))
                    + " MB), " + h.path("role").asText());
            lines.add(label("latency") + number(h.path("latency_ms")) + " ms (SELECT 1)");
            lines.add(label("server") + "PostgreSQL " + h.path("server_version").asText());
            lines.add(label("extensions") + stream(h.path("extensions"))
                    .map(e -> e.path("name").asText() + " " + e.path("version").asText()).collect(Collectors.joining(", ")));
            lines.add(label("pool") + "max " + pool.path("max_size").asText() + ", in use " + or(pool.path("in_use"), "?") + ", free "
                    + or(pool.path("idle"), "?") + ", waiting " + or(pool.path("waiting"), "?"));
            lines.add(label("connections") + pool.path("server_connections_ours").asText() + " ours (" + pool.path("application_name").asText()
                    + "), " + pool.path("server_connections_database").asText() + " on the database, server max "
                    + pool.path("server_max_connections").asText());
        }
        lines.add(label("environment") + h.path("environment").asText() + (h.path("production").asBoolean() ? " (PRODUCTION)" : ""));
        lines.add(label("slow queries") + number(h.path("slow_queries")) + " since start");
        return String.join("\n", lines) + "\n";
    }

    /** GET /admin/db/tables: one row per table of the suite's schemas. */
    static String tables(JsonNode t) {
        Table table = new Table("TABLE", "ROWS~", "TABLE MB", "INDEX MB", "SEQ SCANS", "IDX SCANS", "DEAD", "VACUUMED", "ANALYZED");
        for (JsonNode r : t.path("tables")) {
            table.row(r.path("schema").asText() + "." + r.path("table").asText(), or(r.path("estimated_rows"), "?"),
                    megabytes(r.path("table_bytes")), megabytes(r.path("index_bytes")), r.path("seq_scans").asText(),
                    or(r.path("idx_scans"), "-"), r.path("dead_tuples").asText(), day(r.path("last_vacuum"), r.path("last_autovacuum")),
                    day(r.path("last_analyze"), r.path("last_autoanalyze")));
        }
        return "tables of " + t.path("database").asText() + ":\n" + indent(table.render());
    }

    /**
     * A refusal or failure as the operator needs it: status and title, detail, each invalid field, and for a failed
     * migration script where it failed and the version the database is left at. A body that is not JSON is shown raw.
     */
    static String problem(Answer answer) {
        JsonNode p = answer.body();
        if (!p.isObject()) {
            String raw = answer.raw().strip();
            return "HTTP " + answer.status() + ": " + raw.substring(0, Math.min(500, raw.length()));
        }
        List<String> lines = new ArrayList<>();
        lines.add((p.path("status").asText() + " " + p.path("title").asText()).strip());
        if (p.hasNonNull("detail")) {
            lines.add(p.path("detail").asText());
        }
        p.path("errors").forEach(e -> lines.add("  " + e.path("field").asText() + ": " + e.path("message").asText()));
        if (p.hasNonNull("script")) {
            lines.add("  script:    " + p.path("script").asText() + (p.hasNonNull("line") ? " line " + p.path("line").asText() : ""));
        }
        if (p.hasNonNull("statement")) {
            lines.add("  statement: " + p.path("statement").asText());
        }
        if (p.hasNonNull("version_after")) {
            lines.add("  version now: " + p.path("version_after").asText());
        }
        String text = String.join("\n", lines);
        if ((answer.status() == 401 || answer.status() == 403) && !text.contains("production")) {
            text += "\n(the admin token is taken from HYBRIDSTORE_CLI_ADMIN_TOKEN, else ADMIN_TOKEN; ./suite passes the one in .suite/env)";
        } else if (answer.status() == 503 && text.contains("ADMIN_TOKEN")) {
            text += "\n(core-api runs without ADMIN_TOKEN; ./suite up starts it with one)";
        }
        return text;
    }

    private static String steps(JsonNode steps) {
        StringBuilder out = new StringBuilder();
        for (JsonNode s : steps) {
            out.append(INDENT).append(s.path("name").asText()).append(": ").append(s.path("duration_ms").asText()).append(" ms")
                    .append(s.hasNonNull("detail") ? " (" + s.path("detail").asText() + ")" : "").append('\n');
        }
        return out.toString();
    }

    private static String label(String name) {
        return String.format("%-16s", name);
    }

    private static String indent(String block) {
        return block.lines().map(line -> INDENT + line + "\n").collect(Collectors.joining());
    }

    /** Milliseconds as "850 ms", or seconds with one decimal from one second on ("1.2 s"). */
    static String duration(JsonNode ms) {
        long millis = ms.asLong();
        return millis >= 1000 ? number(round(millis / 1000.0, 1)) + " s" : millis + " ms";
    }

    private static String megabytes(JsonNode bytes) {
        return number(round(bytes.asDouble() / 1048576, 2));
    }

    /** An instant to the second ("2025-01-01T12:00:00Z"): the microseconds only widen the table. */
    private static String seconds(JsonNode instant) {
        return instant.isNull() || instant.isMissingNode() ? "-" : Instant.parse(instant.asText()).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The later of two optional instants, as its date; "-" when neither happened. */
    private static String day(JsonNode a, JsonNode b) {
        String later = a.isTextual() && (!b.isTextual() || Instant.parse(a.asText()).isAfter(Instant.parse(b.asText()))) ? a.asText()
                : b.isTextual() ? b.asText() : null;
        return later == null ? "-" : later.substring(0, later.indexOf('T'));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A number without a trailing ".0" when it is whole ("2", "0.53"). */
    private static String number(JsonNode value) {
        return value.isNumber() ? number(value.asDouble()) : value.asText();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String or(JsonNode value, String fallback) {
        return value.isNull() || value.isMissingNode() ? fallback : value.isNumber() ? number(value) : value.asText();
    }

    private static String join(JsonNode array) {
        return stream(array).map(JsonNode::asText).collect(Collectors.joining(", "));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
