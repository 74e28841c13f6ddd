package dev.hybridstore.embedding;

/** pgvector's text form of an embedding, {@code [0.1,-0.2,...]}: the reactive client cannot bind a vector, so it goes as text. */
public final class VectorText {

    private VectorText() {
    }

    public static String of(float[] vector) {
        StringBuilder text = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(vector[i]);
        }
        return text.append(']').toString();
    }
}
