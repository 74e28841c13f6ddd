package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.embedding.EmbeddingSources;
import dev.hybridstore.embedding.TextExpression;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The statements for one declared source, built once at start from validated names (see {@link TextExpression}).
 * Values always travel as {@code $n} parameters. Table alias {@code t} is the source, {@code s} its embedding_states.
 *
 * <p>The hash stored with a vector is md5 of the model's name and the text, so new text and a new model both make a
 * row need embedding again. The model travels as a parameter: $6 of the claims, $5 of the write, $3 of the counts, $2
 * of forget.
 *
 * <p>Parameters of the claims: $1 source, $2 cursor or keys, $3 limit, $4 max attempts, $5 lease in ms, $6 model, then
 * one per filter column (NULL: not filtered).
 */
public record SourceSql(String name, List<String> filters, String claimAfter, String claimKeys, String write, String backlog,
        String failures, String forget) {

    /** Builds and validates; an IllegalArgumentException names the offending setting. */
    public static SourceSql of(String name, EmbeddingSources.Source source) {
        String prefix = "hybridstore.embedding.sources." + name + ".";
        String table = TextExpression.identifier(prefix + "table", source.table());
        String key = "t." + TextExpression.identifier(prefix + "key", source.key());
        String column = TextExpression.identifier(prefix + "column", source.column());
        String hash = TextExpression.identifier(prefix + "hash-column", source.hashColumn());
        String embeddedAt = TextExpression.identifier(prefix + "embedded-at-column", source.embeddedAtColumn());
        List<String> filters = source.filters().orElse(List.of()).stream()
                .map(f -> TextExpression.identifier(prefix + "filters", f)).toList();
        String text;
        try {
            text = TextExpression.qualified(source.text());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "text: " + e.getMessage());
        }

        IntFunction<String> md5 = model -> "md5($" + model + "::text || ':' || (" + text + "))";
        IntFunction<String> needed = model -> "(" + text + ") IS NOT NULL AND (t." + column + " IS NULL OR t." + hash
                + " IS DISTINCT FROM " + md5.apply(model) + ")";
        // Claimed by another worker, given up, or waiting for its next try: skipped. Failures count for the text that failed only.
        String blocked = "EXISTS (SELECT 1 FROM embedding_states s WHERE s.source = $1 AND s.key = " + key + " AND (s.claimed_until > now() "
                + "OR (s.text_hash = " + md5.apply(6) + " AND (s.attempts >= $4::int OR s.next_attempt_at > now()))))";
        StringBuilder filtered = new StringBuilder();
        for (int i = 0; i < filters.size(); i++) {
            filtered.append(" AND ($").append(7 + i).append("::text IS NULL OR t.").append(filters.get(i)).append("::text = $")
                    .append(7 + i).append(")");
        }
        String claimAfter = claim(key + " > $2::bigint", key, text, md5.apply(6), table, needed.apply(6), blocked, filtered);
        String claimKeys = claim(key + " = ANY($2::bigint[])", key, text, md5.apply(6), table, needed.apply(6), blocked, filtered);

        // The md5 guard skips a row whose text changed while it was being embedded; its next request or sweep redoes it.
        String write = """
                WITH written AS (
                  UPDATE %1$s t SET %2$s = u.vector::vector, %3$s = u.hash, %4$s = now()
                  FROM unnest($2::bigint[], $3::text[], $4::text[]) AS u(key, hash, vector)
                  WHERE %5$s = u.key AND %6$s = u.hash
                  RETURNING %5$s),
                released AS (
                  DELETE FROM embedding_states s WHERE s.source = $1 AND s.key = ANY($2::bigint[]))
                SELECT count(*) AS written FROM written""".formatted(table, column, hash, embeddedAt, key, md5.apply(5));

        String backlog = """
                SELECT count(*) AS backlog FROM %s t WHERE %s AND NOT EXISTS (
                  SELECT 1 FROM embedding_states s WHERE s.source = $1 AND s.key = %s AND s.text_hash = %s AND s.attempts >= $2::int)"""
                .formatted(table, needed.apply(3), key, md5.apply(3));
        // Failures of the current text only: a row whose text changed since has a fresh start.
        String failures = """
                SELECT count(*) FILTER (WHERE s.attempts >= $2::int) AS given_up,
                       count(*) FILTER (WHERE s.attempts > 0 AND s.attempts < $2::int) AS retrying
                FROM embedding_states s JOIN %s t ON %s = s.key
                WHERE s.source = $1 AND s.text_hash = %s""".formatted(table, key, md5.apply(3));
        // Bookkeeping for rows deleted, or no longer needing embedding, once no worker holds them.
        String forget = """
                DELETE FROM embedding_states s WHERE s.source = $1 AND (s.claimed_until IS NULL OR s.claimed_until <= now())
                AND NOT EXISTS (SELECT 1 FROM %s t WHERE %s = s.key AND %s)""".formatted(table, key, needed.apply(2));
        return new SourceSql(name, filters, claimAfter, claimKeys, write, backlog, failures, forget);
    }

    /**
     * Reads up to $3 rows that need embedding and claims them in one statement. SKIP LOCKED passes over rows another
     * worker's claim statement is taking at this moment, so concurrent workers never queue behind each other; the row
     * locks end with the statement, and the lease in embedding_states keeps the claim through inference. Rows another
     * worker claimed between our read and our insert come back with claimed = false: the caller's cursor moves past
     * them, and only claimed rows are embedded.
     */
    private static String claim(String where, String key, String text, String md5, String table, String needed, String blocked,
            CharSequence filtered) {
        return """
                WITH candidates AS (
                  SELECT %1$s AS key, %2$s AS text, %3$s AS hash FROM %4$s t
                  WHERE %5$s AND %6$s AND NOT %7$s%8$s
                  ORDER BY %1$s LIMIT $3::int
                  FOR NO KEY UPDATE OF t SKIP LOCKED),
                claimed AS (
                  INSERT INTO embedding_states AS s (source, key, text_hash, claimed_until)
                  SELECT $1, key, hash, now() + interval '1 millisecond' * $5::bigint FROM candidates
                  ON CONFLICT (source, key) DO UPDATE SET claimed_until = excluded.claimed_until, updated_at = now(),
                    attempts = CASE WHEN s.text_hash = excluded.text_hash THEN s.attempts ELSE 0 END, text_hash = excluded.text_hash
                  WHERE s.claimed_until IS NULL OR s.claimed_until <= now()
                  RETURNING s.key)
                SELECT c.key, c.text, c.hash, cl.key IS NOT NULL AS claimed FROM candidates c LEFT JOIN claimed cl USING (key)
                ORDER BY c.key""".formatted(key, text, md5, table, where, needed, blocked, filtered);
    }
}
