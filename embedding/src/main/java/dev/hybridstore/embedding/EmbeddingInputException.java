package dev.hybridstore.embedding;

/**
 * The provider refused a text itself (blank, too long): retrying that text cannot help, and the other texts of the
 * same batch are not at fault.
 */
public class EmbeddingInputException extends RuntimeException {

    public EmbeddingInputException(String message) {
        super(message);
    }
}
