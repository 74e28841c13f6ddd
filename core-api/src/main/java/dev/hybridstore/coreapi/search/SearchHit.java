package dev.hybridstore.coreapi.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A row in a search answer: the row's own fields, its score in the answer's mode, and its 1-based rank in each
 * ranking that found it (absent when that ranking did not).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit<T>(@JsonUnwrapped T item, double score, Integer vectorRank, Integer keywordRank) {
}
