package dev.hybridstore.coreapi.question;

import dev.hybridstore.coreapi.search.Scored;
import dev.hybridstore.model.knowledge.Question;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class QuestionRepository {

    private static final String INSERT = "INSERT INTO questions (company_id, category, content) VALUES ($1, $2, $3) RETURNING "
            + Question.COLUMNS;
    private static final String FIND = "SELECT " + Question.COLUMNS + " FROM questions WHERE id = $1";
    private static final String PAGE = "SELECT " + Question.COLUMNS + """
             FROM questions
            WHERE ($1::text IS NULL OR company_id = $1) AND ($2::text IS NULL OR category = $2)
            ORDER BY id LIMIT $3 OFFSET $4""";

    /** ORDER BY the distance expression itself, so the HNSW index (vector_cosine_ops) serves the LIMIT. */
    private static final String NEAREST = "SELECT " + Question.COLUMNS + """
            , embedding <=> $1::vector AS distance
             FROM questions
            WHERE embedding IS NOT NULL
            ORDER BY embedding <=> $1::vector LIMIT $2""";

    /** An iterative scan in relaxed order may return rows slightly out of order: the outer query sorts them again. */
    private static final String NEAREST_OF_COMPANY = "WITH nearest AS MATERIALIZED (SELECT " + Question.COLUMNS + """
            , embedding <=> $1::vector AS distance
             FROM questions
            WHERE company_id = $3 AND embedding IS NOT NULL
            ORDER BY embedding <=> $1::vector LIMIT $2)
            SELECT * FROM nearest ORDER BY distance""";

    /** {@code <%} is answered by the GIN trigram index on content; word_similarity scores the rows it keeps. */
    private static final String MATCHING = "SELECT " + Question.COLUMNS + """
            , word_similarity($1, content) AS similarity
             FROM questions
            WHERE $1 <% content AND ($3::text IS NULL OR company_id = $3)
            ORDER BY similarity DESC, id LIMIT $2""";

    private final Sql sql;

    QuestionRepository(Sql sql) {
        this.sql = sql;
    }

    Uni<Question> insert(Question question) {
        return sql.fetchOne(INSERT, Tuple.of(question.companyId(), question.category(), question.content()), Question::fromRow)
                .map(Optional::orElseThrow);
    }

    Uni<Optional<Question>> find(int id) {
        return sql.fetchOne(FIND, Tuple.of(id), Question::fromRow);
    }

    Uni<List<Question>> page(String companyId, String category, int page, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(companyId, category, limit, (long) (page - 1) * limit), Question::fromRow);
    }

    Uni<List<Scored<Question>>> nearest(SqlTransaction tx, String vector, String companyId, int limit) {
        return companyId == null
                ? tx.fetchAll(NEAREST, Tuple.of(vector, limit), QuestionRepository::byDistance)
                : tx.fetchAll(NEAREST_OF_COMPANY, Tuple.of(vector, limit, companyId), QuestionRepository::byDistance);
    }

    Uni<List<Scored<Question>>> matching(SqlTransaction tx, String text, String companyId, int limit) {
        return tx.fetchAll(MATCHING, Tuple.of(text, limit, companyId), QuestionRepository::bySimilarity);
    }

    /** Cosine distance is 1 - cosine similarity: the score is the similarity. */
    private static Scored<Question> byDistance(Row row) {
        return new Scored<>(Question.fromRow(row), 1 - row.getDouble("distance"));
    }

    private static Scored<Question> bySimilarity(Row row) {
        return new Scored<>(Question.fromRow(row), row.getDouble("similarity"));
    }
}
