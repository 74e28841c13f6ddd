package dev.hybridstore.coreapi.interview;

import dev.hybridstore.coreapi.company.CompanyService;
import dev.hybridstore.coreapi.question.QuestionService;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.knowledge.Interview;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InterviewService {

    @Inject
    InterviewRepository interviews;
    @Inject
    CompanyService companies;
    @Inject
    QuestionService questions;

    /** The company and the question (when given) must exist: an unknown one is a 404 naming it, not a foreign-key error. */
    public Uni<Interview> create(Interview interview) {
        Uni<Void> question = interview.questionId() == null ? Uni.createFrom().voidItem()
                : questions.find(interview.questionId()).map(Problems.orNotFound("Question", interview.questionId())).replaceWithVoid();
        return companies.requireExists(interview.companyId()).chain(() -> question).chain(() -> interviews.insert(interview));
    }

    public Uni<Optional<Interview>> find(long id) {
        return interviews.find(id);
    }

    public Uni<List<Interview>> page(String companyId, int page, int limit) {
        Uni<Void> company = companyId == null ? Uni.createFrom().voidItem() : companies.requireExists(companyId);
        return company.chain(() -> interviews.page(companyId, page, limit));
    }
}
