package dev.hybridstore.coreapi.search;

/** One row a single ranking returned, with that ranking's score (cosine similarity or trigram word similarity). */
public record Scored<T>(T item, double score) {
}
