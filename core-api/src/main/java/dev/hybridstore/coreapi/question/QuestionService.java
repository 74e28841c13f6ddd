package dev.hybridstore.coreapi.question;

import dev.hybridstore.coreapi.company.CompanyService;
import dev.hybridstore.coreapi.search.EmbeddingRequests;
import dev.hybridstore.coreapi.search.HybridSearch;
import dev.hybridstore.coreapi.search.RowShape;
import dev.hybridstore.coreapi.search.SearchQuery;
import dev.hybridstore.coreapi.search.SearchResult;
import dev.hybridstore.model.knowledge.Question;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class QuestionService {

    private static final RowShape<Question> HITS = new RowShape<>(Question.ROWS.columns(), Question.ROWS::read, Question::id);

    @Inject
    QuestionRepository questions;
    @Inject
    CompanyService companies;
    @Inject
    EmbeddingRequests embeddings;
    @Inject
    HybridSearch search;

    /** The question is searchable by keyword at once, and by meaning once ai-worker has embedded it. */
    public Uni<Question> create(Question question) {
        return companyIfNamed(question.companyId())
                .chain(() -> questions.insert(question))
                .invoke(created -> embeddings.request(EmbeddingRequests.QUESTIONS, created.id()));
    }

    public Uni<Optional<Question>> find(int id) {
        return questions.find(id);
    }

    public Uni<List<Question>> page(String companyId, String category, int page, int limit) {
        return companyIfNamed(companyId).chain(() -> questions.page(companyId, category, page, limit));
    }

    public Uni<SearchResult<Question>> search(SearchQuery query, String companyId) {
        Map<String, String> filters = companyId == null ? Map.of() : Map.of("company_id", companyId);
        return companyIfNamed(companyId).chain(() -> search.search(EmbeddingRequests.QUESTIONS, query, filters, HITS));
    }

    private Uni<Void> companyIfNamed(String companyId) {
        return companyId == null ? Uni.createFrom().voidItem() : companies.requireExists(companyId);
    }
}
