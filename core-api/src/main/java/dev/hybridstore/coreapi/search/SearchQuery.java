package dev.hybridstore.coreapi.search;

/** A validated search request: the text, how many hits, and the ranking asked for. */
public record SearchQuery(String text, int k, SearchMode mode) {

    public static final int MAX_K = 50;
    public static final int MAX_LENGTH = 500;

    public static SearchQuery of(String text, int k, String mode) {
        return of(text, k, SearchMode.of(mode));
    }

    public static SearchQuery of(String text, int k, SearchMode mode) {
        return new SearchQuery(text.strip(), k, mode);
    }
}
