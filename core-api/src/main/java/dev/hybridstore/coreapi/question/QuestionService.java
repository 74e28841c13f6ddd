package dev.hybridstore.coreapi.question;

import dev.hybridstore.coreapi.company.CompanyService;
import dev.hybridstore.coreapi.search.EmbeddingRequests;
import dev.hybridstore.coreapi.search.HybridSearch;
import dev.hybridstore.coreapi.search.SearchCorpus;
import dev.hybridstore.coreapi.search.SearchQuery;
import dev.hybridstore.coreapi.search.SearchResult;
import dev.hybridstore.model.knowledge.Question;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuestionService {

    private final QuestionRepository questions;
    private final CompanyService companies;
    private final EmbeddingRequests embeddings;
    private final HybridSearch search;

    QuestionService(QuestionRepository questions, CompanyService companies, EmbeddingRequests embeddings, HybridSearch search) {
        this.questions = questions;
        this.companies = companies;
        this.embeddings = embeddings;
        this.search = search;
    }

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
        SearchCorpus<Question> corpus = new SearchCorpus<>("questions", companyId != null, Question::id,
                (tx, vector, limit) -> questions.nearest(tx, vector, companyId, limit),
                (tx, text, limit) -> questions.matching(tx, text, companyId, limit));
        return companyIfNamed(companyId).chain(() -> search.search(query, corpus));
    }

    private Uni<Void> companyIfNamed(String companyId) {
        return companyId == null ? Uni.createFrom().voidItem() : companies.requireExists(companyId);
    }
}
