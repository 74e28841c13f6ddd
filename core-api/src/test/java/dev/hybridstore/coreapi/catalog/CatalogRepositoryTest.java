package dev.hybridstore.coreapi.catalog;

import static dev.hybridstore.coreapi.catalog.CatalogTables.PROJECTS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.SEASONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlTransaction;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The repository's statements on the real schema, each test in a transaction that is rolled back: no rows remain. */
@QuarkusTest
class CatalogRepositoryTest {

    private static final TestIds IDS = TestIds.create("REPO");

    @Inject
    CatalogRepository repository;
    @Inject
    Sql sql;

    @Test
    void anInsertedProjectComesBackWithTheColumnsTheDatabaseFillsAndIsGoneAfterTheRollback() {
        String code = IDS.next();
        Project inserted = rolledBack(tx -> repository.insert(tx, PROJECTS, null, project(code))).orElseThrow();

        assertThat(inserted.id()).isNotNull();
        assertThat(inserted.code()).isEqualTo(code);
        assertThat(inserted.isActive()).isTrue();
        assertThat(inserted.createdAt()).isNotNull();
        assertThat(inserted.deletedAt()).isNull();
        assertThat(await(repository.find(PROJECTS, inserted.id()))).isEmpty();
    }

    @Test
    void aSecondLiveSeasonForTheSameYearOfAProjectIsNotInserted() {
        List<Optional<Season>> seasons = rolledBack(tx -> repository.insert(tx, PROJECTS, null, project(IDS.next()))
                .map(Optional::orElseThrow)
                .chain(project -> repository.insert(tx, SEASONS, project.id(), season(2024, "first"))
                        .chain(first -> repository.insert(tx, SEASONS, project.id(), season(2024, "again"))
                                .map(again -> List.of(first, again)))));

        assertThat(seasons.get(0)).get().extracting(Season::name).isEqualTo("first");
        assertThat(seasons.get(1)).isEmpty();
    }

    private static Project project(String code) {
        return new Project(null, code, "Repository " + code, null, null, null, null, null, null);
    }

    private static Season season(int year, String name) {
        return new Season(null, null, year, name, null, null, null, null, null, null);
    }

    /** What {@code work} answered inside a transaction that is then rolled back. */
    private <T> T rolledBack(Function<SqlTransaction, Uni<T>> work) {
        AtomicReference<T> answer = new AtomicReference<>();
        await(sql.transaction(tx -> work.apply(tx).invoke(answer::set)
                .chain(() -> Uni.createFrom().failure(new RollBack())))
                .onFailure(RollBack.class).recoverWithNull());
        return answer.get();
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }

    /** Fails the transaction on purpose, so that it rolls back. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }
}
