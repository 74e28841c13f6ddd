package dev.hybridstore.coreapi.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of search, the same for every declared source. */
@ConfigMapping(prefix = "hybridstore.search")
public interface SearchConfig {

    /**
     * HNSW candidate list size: higher is slower with better recall. On 100k rows ({@code ./suite bench search}) recall@10
     * is 0.64 at pgvector's default of 40, 0.87 at 100 and 0.96 at 200.
     */
    @WithDefault("200")
    int efSearch();

    /** With a filter (company, store), pgvector keeps scanning the graph until k rows pass it, up to this many tuples. */
    @WithDefault("20000")
    int maxScanTuples();

    /** The least pg_trgm word similarity a keyword hit needs (the {@code <%} operator's threshold). */
    @WithDefault("0.5")
    double keywordThreshold();

    /** Reciprocal Rank Fusion constant: 60 as in the original paper, damping the weight of the very top ranks. */
    @WithDefault("60")
    int rrfK();

    /** How many rows each ranking contributes to a hybrid fusion (at least k). */
    @WithDefault("50")
    int hybridCandidates();

    /**
     * A query embedding slower than this counts as a provider failure, and keyword search answers instead. The local
     * model takes milliseconds; this bounds a remote provider that hangs.
     */
    @WithDefault("3s")
    Duration embedTimeout();
}
