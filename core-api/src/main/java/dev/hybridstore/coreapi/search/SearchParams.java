package dev.hybridstore.coreapi.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Set;

/**
 * ?q=, ?k= and ?mode= of every hybrid search, so their rules are written once. Taken as
 * {@code @Valid @BeanParam SearchParams params}: a violation names the query parameter, as on a method's own parameter.
 * Without ?mode= the mode is the caller's: declared sources have their own default. The OpenAPI words (q's example,
 * mode's description and default) are each endpoint's, as method-level @Parameter: one on a field here would hide them.
 */
public class SearchParams {

    /** The query parameters read here; a declared source's filters are the others. */
    static final Set<String> NAMES = Set.of("q", "k", "mode");

    @QueryParam("q")
    @NotBlank
    @Size(max = SearchQuery.MAX_LENGTH)
    String q;

    @QueryParam("k")
    @DefaultValue("5")
    @Min(1)
    @Max(SearchQuery.MAX_K)
    int k;

    @QueryParam("mode")
    @Pattern(regexp = SearchMode.PATTERN, message = "must be hybrid, vector or keyword")
    String mode;

    public String q() {
        return q;
    }

    public int k() {
        return k;
    }

    /** The mode asked for; null when absent. */
    public String mode() {
        return mode;
    }

    /** The query, in {@code absent} mode when ?mode= is not given. */
    public SearchQuery query(SearchMode absent) {
        return SearchQuery.of(q, k, mode == null ? absent : SearchMode.of(mode));
    }
}
