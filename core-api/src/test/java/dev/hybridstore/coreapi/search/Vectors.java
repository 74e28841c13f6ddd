package dev.hybridstore.coreapi.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.embedding.VectorText;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** Builds stored embeddings at a chosen cosine similarity to a query's embedding, for ranking tests. */
public final class Vectors {

    private Vectors() {
    }

    /**
     * A unit vector whose cosine similarity to {@code query} is exactly {@code cosine}: the query's direction mixed
     * with a direction orthogonal to it (Gram-Schmidt on basis vector {@code axis}).
     */
    public static float[] atCosine(float[] query, double cosine, int axis) {
        double[] q = unit(query);
        double[] e = new double[q.length];
        e[axis] = 1;
        double dot = e[axis] * q[axis];
        double[] orthogonal = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            orthogonal[i] = e[i] - dot * q[i];
        }
        orthogonal = unit(orthogonal);
        double sine = Math.sqrt(1 - cosine * cosine);
        float[] out = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = (float) (cosine * q[i] + sine * orthogonal[i]);
        }
        return out;
    }

    /** pgvector's text form, for binding with {@code ?::vector}. */
    public static String literal(float[] v) {
        return VectorText.of(v);
    }

    /** Stands in for ai-worker: stores an embedding chosen by the test in a row of a source's table. */
    public static void store(String table, long id, float[] vector) throws Exception {
        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl()); PreparedStatement update = db.prepareStatement(
                "UPDATE " + table + " SET embedding = ?::vector, embedded_at = now() WHERE id = ?")) {
            update.setString(1, literal(vector));
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static double[] unit(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return unit(d);
    }

    private static double[] unit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
