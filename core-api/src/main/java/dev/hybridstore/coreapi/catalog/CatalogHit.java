package dev.hybridstore.coreapi.catalog;

import java.util.UUID;

/**
 * A full-text match: a video file (its display title) or a hand clip (its notes), ranked by ts_rank.
 *
 * @param kind {@code video_file} or {@code hand_clip}
 * @param text the text that matched
 */
public record CatalogHit(String kind, UUID id, String title, String text, double rank) {
}
