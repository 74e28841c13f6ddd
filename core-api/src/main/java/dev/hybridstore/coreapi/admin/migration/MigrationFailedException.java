package dev.hybridstore.coreapi.admin.migration;

/** A migration or undo script failed; carries the problem body that names the script and statement. */
public class MigrationFailedException extends RuntimeException {

    private final MigrationViews.Failure failure;

    MigrationFailedException(MigrationViews.Failure failure) {
        super(failure.detail());
        this.failure = failure;
    }

    public MigrationViews.Failure failure() {
        return failure;
    }
}
