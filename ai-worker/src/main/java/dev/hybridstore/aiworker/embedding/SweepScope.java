package dev.hybridstore.aiworker.embedding;

import java.util.Collection;
import java.util.Map;

/** Which sources a sweep walks, optionally narrowed to rows whose filter columns equal the given values. */
public record SweepScope(Collection<SourceSql> sources, Map<String, String> filter) {
}
