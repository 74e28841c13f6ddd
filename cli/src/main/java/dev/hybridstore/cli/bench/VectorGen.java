package dev.hybridstore.cli.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * Vectors with real neighbour structure for the search benchmark (uniform random vectors give meaningless recall): each
 * is a random point z of a 48-d latent space projected by one fixed 48x384 matrix P (seed 1), plus noise of 0.3 of the
 * signal's spread per dimension, so the data lies near a 48-d subspace as real embeddings lie near a low-dimensional
 * manifold. That makes HNSW work for its recall (about 0.8 at ef_search 40 on 30k rows); a 16-d latent space is too easy.
 * Output is COPY text.
 */
final class VectorGen {

    static final int LATENT = 48;
    static final int DIM = 384;
    private static final String[] WORDS = {"재고", "정산", "마감", "장애", "대응", "배포", "캐시", "주문", "결제", "인덱스", "트랜잭션", "매장"};

    private final double[][] projection = new double[LATENT][DIM];
    private final Random random;

    VectorGen(long seed) {
        Random projectionRandom = new Random(1);
        for (double[] row : projection) {
            for (int d = 0; d < DIM; d++) {
                row[d] = projectionRandom.nextGaussian() / Math.sqrt(LATENT);
            }
        }
        random = new Random(seed);
    }

    /**
     * {@code n} rows for questions (company_id, category, content, embedding, embedding_hash, embedded_at). The hash is
     * md5(model || ':' || content), as ai-worker computes it, so the worker considers them embedded and leaves them alone.
     */
    void questions(int n, String company, String model, String embeddedAt, Writer out) throws IOException {
        MessageDigest md5 = md5();
        StringBuilder line = new StringBuilder(8192);
        for (int i = 1; i <= n; i++) {
            double[] z = latent();
            String content = "bench row " + i + ": " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            line.setLength(0);
            line.append(company).append("\tbench\t").append(content).append('\t');
            vector(line, z);
            line.append('\t').append(HexFormat.of().formatHex(md5.digest((model + ":" + content).getBytes(StandardCharsets.UTF_8))))
                    .append('\t').append(embeddedAt).append('\n');
            out.append(line);
            if (i % 10_000 == 0) {
                System.err.printf("    generated %d / %d rows%n", i, n);
            }
        }
    }

    /** {@code n} query vectors (id, embedding), ids from 1. */
    void queries(int n, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(8192);
        for (int i = 1; i <= n; i++) {
            double[] z = latent();
            line.setLength(0);
            line.append(i).append('\t');
            vector(line, z);
            out.append(line).append('\n');
        }
    }

    private double[] latent() {
        double[] z = new double[LATENT];
        for (int k = 0; k < LATENT; k++) {
            z[k] = random.nextGaussian();
        }
        return z;
    }

    /** z · P + noise, four decimals: plenty for cosine ranking, and the COPY stream stays small. */
    private void vector(StringBuilder s, double[] z) {
        s.append('[');
        for (int d = 0; d < DIM; d++) {
            double x = 0.3 * random.nextGaussian();
            for (int k = 0; k < LATENT; k++) {
                x += z[k] * projection[k][d];
            }
            if (d > 0) {
                s.append(',');
            }
            long scaled = Math.round(x * 10_000);
            if (scaled < 0) {
                s.append('-');
                scaled = -scaled;
            }
            s.append(scaled / 10_000).append('.');
            String fraction = Long.toString(scaled % 10_000);
            s.append("0".repeat(4 - fraction.length())).append(fraction);
        }
        s.append(']');
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
