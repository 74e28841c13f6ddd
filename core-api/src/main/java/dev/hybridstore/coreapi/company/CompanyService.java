package dev.hybridstore.coreapi.company;

import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.knowledge.Company;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompanyService {

    @Inject
    CompanyRepository companies;

    public Uni<Company> create(Company company) {
        return companies.insert(company)
                .map(created -> created.orElseThrow(() -> ProblemException.conflict("Company '" + company.id() + "' already exists")))
                .invoke(created -> Log.infof("Company %s created", created.id()));
    }

    public Uni<Optional<Company>> find(String id) {
        return companies.find(id);
    }

    public Uni<List<Company>> page(int page, int limit) {
        return companies.page(page, limit);
    }

    /** Fails with 404 when the company does not exist; for rows and filters that name one. */
    public Uni<Void> requireExists(String id) {
        return companies.exists(id).invoke(Problems.orNotFoundIfAbsent("Company", id)).replaceWithVoid();
    }
}
