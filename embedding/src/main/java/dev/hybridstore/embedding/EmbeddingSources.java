package dev.hybridstore.embedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables whose text is embedded and, optionally, searched: declared once (this module's
 * META-INF/microprofile-config.properties) and read by both ai-worker, which embeds the rows, and core-api, which
 * searches them. Names go into SQL, so each reader validates them at start (see {@link TextExpression}).
 */
@ConfigMapping(prefix = "hybridstore.embedding")
public interface EmbeddingSources {

    /** By source name (the {@code source} of EmbeddingRequested, and the {@code {source}} of /api/search). */
    Map<String, Source> sources();

    interface Source {
        String table();

        /** An integer key column. */
        @WithDefault("id")
        String key();

        /** The text to embed: columns and string literals joined with ||, e.g. {@code title || E'\n' || body}. */
        String text();

        @WithDefault("embedding")
        String column();

        /** md5 of the embedded text: a row whose text hashes differently is re-embedded, an unchanged one never. */
        @WithDefault("embedding_hash")
        String hashColumn();

        @WithDefault("embedded_at")
        String embeddedAtColumn();

        /** Columns a backfill can be narrowed to (e.g. one company's questions first). */
        Optional<List<String>> filters();

        /** Present when core-api serves the source at /api/search/{source}. */
        Optional<Search> search();
    }

    interface Search {
        /** The columns a hit shows, the key among them: declaring them is what makes a source searchable. */
        List<String> returned();

        /**
         * What keyword search matches, in the text's grammar; the source's text when absent. Write it exactly as the
         * trigram index's expression, or the index cannot answer.
         */
        Optional<String> keyword();

        /** Any of hybrid, vector and keyword; the first is the default of a search that names none. */
        @WithDefault("hybrid,vector,keyword")
        List<String> modes();

        /** The query parameters that narrow a search, each a column of that name, by the type its value is read as. */
        Map<String, FilterType> filters();
    }

    enum FilterType {
        TEXT, INTEGER, BIGINT
    }
}
