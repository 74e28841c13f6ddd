package dev.hybridstore.aiworker.embedding;

/** A row read for embedding: its text and that text's md5; {@code claimed} false when another worker got it first. */
record ClaimedRow(long key, String text, String hash, boolean claimed) {
}
