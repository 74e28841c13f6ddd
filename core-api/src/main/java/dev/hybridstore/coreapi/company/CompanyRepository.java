package dev.hybridstore.coreapi.company;

import dev.hybridstore.model.knowledge.Company;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class CompanyRepository {

    /** ON CONFLICT DO NOTHING: a taken id returns no row, which the service reports as a conflict. */
    private static final String INSERT = "INSERT INTO companies (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING "
            + Company.ROWS.columns();
    private static final String FIND = "SELECT " + Company.ROWS.columns() + " FROM companies WHERE id = $1";
    private static final String PAGE = "SELECT " + Company.ROWS.columns() + " FROM companies ORDER BY id LIMIT $1 OFFSET $2";
    private static final String EXISTS = "SELECT 1 FROM companies WHERE id = $1";

    @Inject
    Sql sql;

    Uni<Optional<Company>> insert(Company company) {
        return sql.fetchOne(INSERT, Tuple.of(company.id(), company.name()), Company.ROWS::read);
    }

    Uni<Optional<Company>> find(String id) {
        return sql.fetchOne(FIND, Tuple.of(id), Company.ROWS::read);
    }

    Uni<List<Company>> page(int page, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(limit, (long) (page - 1) * limit), Company.ROWS::read);
    }

    Uni<Boolean> exists(String id) {
        return sql.fetchOne(EXISTS, Tuple.of(id), row -> true).map(Optional::isPresent);
    }
}
