package dev.hybridstore.coreapi.search;

import dev.hybridstore.embedding.EmbeddingSources;
import dev.hybridstore.embedding.EmbeddingSources.FilterType;
import dev.hybridstore.embedding.TextExpression;
import dev.hybridstore.platform.problem.ProblemException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A searchable source as declared, its names validated (they go into SQL, where parameters cannot stand for them).
 *
 * @param keyword  the keyword expression, columns qualified with the table alias {@code t}
 * @param returned the columns a hit shows on /api/search/{source}
 * @param modes    the modes allowed, the default first
 * @param filters  the filter parameters, each a column of that name, by type, in name order
 */
public record SearchSource(String name, String table, String key, String column, String keyword, List<String> returned,
        List<SearchMode> modes, Map<String, FilterType> filters) {

    /** Validates a declaration; an IllegalArgumentException names the property to change. */
    static SearchSource of(String name, EmbeddingSources.Source source, EmbeddingSources.Search search) {
        String prefix = "hybridstore.embedding.sources." + name + ".";
        String key = TextExpression.identifier(prefix + "key", source.key());
        List<String> returned = search.returned().stream().map(c -> TextExpression.identifier(prefix + "search.returned", c)).toList();
        if (!returned.contains(key)) {
            throw new IllegalArgumentException(prefix + "search.returned " + returned + " must include the key '" + key + "'");
        }
        List<SearchMode> modes = search.modes().stream().map(mode -> {
            if (!mode.matches(SearchMode.PATTERN)) {
                throw new IllegalArgumentException(prefix + "search.modes '" + mode + "' is not hybrid, vector or keyword");
            }
            return SearchMode.of(mode);
        }).distinct().toList();
        Map<String, FilterType> filters = new TreeMap<>();
        search.filters().forEach((filter, type) -> filters.put(TextExpression.identifier(prefix + "search.filters." + filter, filter), type));
        String keyword;
        try {
            keyword = TextExpression.qualified(search.keyword().orElse(source.text()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + (search.keyword().isPresent() ? "search.keyword: " : "text: ") + e.getMessage());
        }
        return new SearchSource(name, TextExpression.identifier(prefix + "table", source.table()), key,
                TextExpression.identifier(prefix + "column", source.column()), keyword, returned, modes, Collections.unmodifiableMap(filters));
    }

    /** The mode asked for, or the source's default; a mode the source does not offer is a 400 naming {@code mode}. */
    SearchMode mode(String requested) {
        return requested == null ? modes.get(0) : allowed(SearchMode.of(requested));
    }

    SearchMode allowed(SearchMode mode) {
        if (!modes.contains(mode)) {
            throw ProblemException.invalidField("mode", "must be " + modes.stream().map(SearchMode::wire).collect(Collectors.joining(" or "))
                    + " for " + name);
        }
        return mode;
    }

    /** Query parameters read as the declared filters' types; an undeclared or unreadable one is a 400 naming it. */
    Map<String, Object> filterValues(Map<String, List<String>> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((param, given) -> {
            FilterType type = filters.get(param);
            if (type == null) {
                throw ProblemException.invalidField(param, "is not a filter of " + name
                        + (filters.isEmpty() ? ", which has none" : " (filters: " + String.join(", ", filters.keySet()) + ")"));
            }
            if (given.size() != 1) {
                throw ProblemException.invalidField(param, "must be given once");
            }
            values.put(param, value(param, type, given.get(0)));
        });
        return values;
    }

    private static Object value(String param, FilterType type, String text) {
        try {
            return switch (type) {
                case TEXT -> text;
                case INTEGER -> Integer.valueOf(text);
                case BIGINT -> Long.valueOf(text);
            };
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(param, "must be an integer");
        }
    }

    /** The column a filter compares; only declared (validated) names reach SQL. */
    String filterColumn(String filter) {
        if (!filters.containsKey(filter)) {
            throw new IllegalArgumentException(filter + " is not a declared filter of " + name);
        }
        return filter;
    }
}
