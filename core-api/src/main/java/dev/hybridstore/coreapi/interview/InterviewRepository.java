package dev.hybridstore.coreapi.interview;

import dev.hybridstore.model.knowledge.Interview;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class InterviewRepository {

    private static final String INSERT = """
            INSERT INTO interviews (company_id, question_id, candidate_name, answer, score, evaluation)
            VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING\s""" + Interview.ROWS.columns();
    private static final String FIND = "SELECT " + Interview.ROWS.columns() + " FROM interviews WHERE id = $1";
    private static final String PAGE = "SELECT " + Interview.ROWS.columns() + """
             FROM interviews
            WHERE ($1::text IS NULL OR company_id = $1)
            ORDER BY id LIMIT $2 OFFSET $3""";

    @Inject
    Sql sql;

    Uni<Interview> insert(Interview interview) {
        Map<String, Object> evaluation = interview.evaluation() == null ? Map.of() : interview.evaluation();
        Tuple params = Tuple.of(interview.companyId(), interview.questionId(), interview.candidateName(), interview.answer(),
                interview.score(), new JsonObject(evaluation));
        return sql.fetchOne(INSERT, params, Interview.ROWS::read).map(Optional::orElseThrow);
    }

    Uni<Optional<Interview>> find(long id) {
        return sql.fetchOne(FIND, Tuple.of(id), Interview.ROWS::read);
    }

    Uni<List<Interview>> page(String companyId, int page, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(companyId, limit, (long) (page - 1) * limit), Interview.ROWS::read);
    }
}
