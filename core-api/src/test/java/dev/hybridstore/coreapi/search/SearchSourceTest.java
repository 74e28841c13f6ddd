package dev.hybridstore.coreapi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.embedding.EmbeddingSources;
import dev.hybridstore.embedding.EmbeddingSources.FilterType;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A declaration's names reach SQL, so a bad one stops core-api at start with the property to change. */
class SearchSourceTest {

    @Test
    void aValidDeclarationKeepsItsNamesAndQualifiesTheKeywordExpression() {
        SearchSource source = SearchSource.of("notes", source("field_notes", "title || E'\\n' || body"),
                search(List.of("id", "title"), Optional.of("title || ' ' || body"), List.of("keyword", "vector"), Map.of("team", FilterType.TEXT)));

        assertThat(source.table()).isEqualTo("field_notes");
        assertThat(source.keyword()).isEqualTo("t.title || ' ' || t.body");
        assertThat(source.modes()).containsExactly(SearchMode.KEYWORD, SearchMode.VECTOR);
        assertThat(source.mode(null)).isEqualTo(SearchMode.KEYWORD);
        assertThat(source.filterValues(Map.of("team", List.of("ops")))).containsExactly(Map.entry("team", "ops"));
    }

    @Test
    void withoutAKeywordExpressionKeywordSearchMatchesTheEmbeddedText() {
        SearchSource source = SearchSource.of("notes", source("field_notes", "body"), search(List.of("id"), Optional.empty(),
                List.of("hybrid"), Map.of()));

        assertThat(source.keyword()).isEqualTo("t.body");
    }

    @Test
    void eachBadNameIsRefusedNamingItsProperty() {
        String prefix = "hybridstore.embedding.sources.notes.";
        assertThatThrownBy(() -> SearchSource.of("notes", source("Field Notes", "body"), search(List.of("id"), Optional.empty(),
                List.of("hybrid"), Map.of()))).hasMessageStartingWith(prefix + "table 'Field Notes'");
        assertThatThrownBy(() -> SearchSource.of("notes", source("field_notes", "body"), search(List.of("id", "body; drop"),
                Optional.empty(), List.of("hybrid"), Map.of()))).hasMessageStartingWith(prefix + "search.returned 'body; drop'");
        assertThatThrownBy(() -> SearchSource.of("notes", source("field_notes", "body"), search(List.of("title"), Optional.empty(),
                List.of("hybrid"), Map.of()))).hasMessage(prefix + "search.returned [title] must include the key 'id'");
        assertThatThrownBy(() -> SearchSource.of("notes", source("field_notes", "body"), search(List.of("id"), Optional.of("lower(body)"),
                List.of("hybrid"), Map.of()))).hasMessageStartingWith(prefix + "search.keyword: 'lower(body)'");
        assertThatThrownBy(() -> SearchSource.of("notes", source("field_notes", "body"), search(List.of("id"), Optional.empty(),
                List.of("semantic"), Map.of()))).hasMessage(prefix + "search.modes 'semantic' is not hybrid, vector or keyword");
        assertThatThrownBy(() -> SearchSource.of("notes", source("field_notes", "body"), search(List.of("id"), Optional.empty(),
                List.of("hybrid"), Map.of("team id", FilterType.TEXT)))).hasMessageStartingWith(prefix + "search.filters.team id 'team id'");
    }

    @Test
    void aBadDeclarationStopsTheStartWithAConfigurationErrorAndASourceWithoutSearchIsNotServed() {
        EmbeddingSources bad = () -> Map.of("notes", source("field_notes", "body", search(List.of("id"), Optional.empty(),
                List.of("hybrid"), Map.of("Team", FilterType.TEXT))));
        assertThatThrownBy(() -> new SearchSources(bad)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("hybridstore.embedding.sources.notes.search.filters.Team 'Team'");

        SearchSources embeddedOnly = new SearchSources(() -> Map.of("notes", source("field_notes", "body")));
        assertThatThrownBy(() -> embeddedOnly.require("notes")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void filterValuesAreReadAsTheirDeclaredTypes() {
        SearchSource source = SearchSource.of("notes", source("field_notes", "body"), search(List.of("id"), Optional.empty(),
                List.of("hybrid"), Map.of("priority", FilterType.INTEGER, "store_id", FilterType.BIGINT)));

        assertThat(source.filterValues(Map.of("priority", List.of("3"), "store_id", List.of("9000000000"))))
                .containsEntry("priority", 3).containsEntry("store_id", 9_000_000_000L);
        assertThatThrownBy(() -> source.filterValues(Map.of("store_id", List.of("1.5")))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("store_id");
                    assertThat(error.message()).isEqualTo("must be an integer");
                }));
    }

    private static EmbeddingSources.Source source(String table, String text) {
        return source(table, text, null);
    }

    private static EmbeddingSources.Source source(String table, String text, EmbeddingSources.Search search) {
        return new EmbeddingSources.Source() {
            public String table() {
                return table;
            }

            public String key() {
                return "id";
            }

            public String text() {
                return text;
            }

            public String column() {
                return "embedding";
            }

            public String hashColumn() {
                return "embedding_hash";
            }

            public String embeddedAtColumn() {
                return "embedded_at";
            }

            public Optional<List<String>> filters() {
                return Optional.empty();
            }

            public Optional<EmbeddingSources.Search> search() {
                return Optional.ofNullable(search);
            }
        };
    }

    private static EmbeddingSources.Search search(List<String> returned, Optional<String> keyword, List<String> modes,
            Map<String, FilterType> filters) {
        return new EmbeddingSources.Search() {
            public List<String> returned() {
                return returned;
            }

            public Optional<String> keyword() {
                return keyword;
            }

            public List<String> modes() {
                return modes;
            }

            public Map<String, FilterType> filters() {
                return filters;
            }
        };
    }
}
