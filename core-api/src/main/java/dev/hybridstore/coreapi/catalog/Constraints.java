package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.platform.problem.ProblemException;
import io.vertx.pgclient.PgException;
import java.util.List;

/**
 * Turns a catalog row that breaks a database constraint into the problem the client gets, with PostgreSQL's own
 * wording of what clashed (it names columns and the values sent, never other rows' data). Other failures pass unchanged.
 */
final class Constraints {

    private Constraints() {
    }

    static Throwable translate(Throwable failure) {
        if (!(failure instanceof PgException pg) || pg.getSqlState() == null) {
            return failure;
        }
        return switch (pg.getSqlState()) {
            case "23505" -> ProblemException.conflict(describe(pg));
            case "23514", "23502", "22001", "22003", "22P02" -> ProblemException.badRequest(describe(pg));
            case "23503" -> new ProblemException(404, "Not Found", describe(pg), List.of());
            default -> failure;
        };
    }

    /** The short reason a row was refused, for problem details and the tree endpoint's skipped list. */
    static String describe(PgException pg) {
        String what = pg.getErrorMessage();
        return pg.getDetail() == null ? what : what + ": " + pg.getDetail();
    }
}
