package dev.hybridstore.coreapi.search;

import dev.hybridstore.embedding.EmbeddingSources;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sources declared searchable, validated when core-api starts: a bad declaration stops it, naming the property. */
@Startup
@Singleton
class SearchSources {

    private final Map<String, SearchSource> sources = new LinkedHashMap<>();

    SearchSources(EmbeddingSources config) {
        try {
            config.sources().forEach((name, source) -> source.search()
                    .ifPresent(search -> sources.put(name, SearchSource.of(name, source, search))));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    /** A 404 problem when no source of that name is searchable. */
    SearchSource require(String name) {
        SearchSource source = sources.get(name);
        if (source == null) {
            throw ProblemException.notFound("Search source", name);
        }
        return source;
    }
}
