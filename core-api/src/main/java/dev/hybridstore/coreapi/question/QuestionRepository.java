package dev.hybridstore.coreapi.question;

import dev.hybridstore.model.knowledge.Question;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class QuestionRepository {

    private static final String INSERT = "INSERT INTO questions (company_id, category, content) VALUES ($1, $2, $3) RETURNING "
            + Question.ROWS.columns();
    private static final String FIND = "SELECT " + Question.ROWS.columns() + " FROM questions WHERE id = $1";
    private static final String PAGE = "SELECT " + Question.ROWS.columns() + """
             FROM questions
            WHERE ($1::text IS NULL OR company_id = $1) AND ($2::text IS NULL OR category = $2)
            ORDER BY id LIMIT $3 OFFSET $4""";

    @Inject
    Sql sql;

    Uni<Question> insert(Question question) {
        return sql.fetchOne(INSERT, Tuple.of(question.companyId(), question.category(), question.content()), Question.ROWS::read)
                .map(Optional::orElseThrow);
    }

    Uni<Optional<Question>> find(int id) {
        return sql.fetchOne(FIND, Tuple.of(id), Question.ROWS::read);
    }

    Uni<List<Question>> page(String companyId, String category, int page, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(companyId, category, limit, (long) (page - 1) * limit), Question.ROWS::read);
    }
}
