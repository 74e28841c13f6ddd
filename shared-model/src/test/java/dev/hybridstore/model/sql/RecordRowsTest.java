package dev.hybridstore.model.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.knowledge.Manual;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordRowsTest {

    record Clock(Instant tickedAt) {
    }

    @Test
    void theColumnsAreTheComponentsInSnakeCaseAndInOrder() {
        assertThat(Project.ROWS.columns())
                .isEqualTo("id, code, name, description, nas_base_path, is_active, created_at, updated_at, deleted_at");
    }

    @Test
    void aComputedColumnIsSelectedAsItsExpressionUnderItsName() {
        assertThat(Manual.ROWS.columns()).isEqualTo("id, store_id, title, body, embedding IS NOT NULL AS embedded, created_at");
    }

    @Test
    void aComputedColumnTheRecordLacksIsRefused() {
        assertThatThrownBy(() -> Manual.ROWS.computing("embeding", "true"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Manual has no column embeding");
    }

    @Test
    void aComponentOfATypeNoColumnMapsToIsRefusedWhenTheMapperIsMade() {
        assertThatThrownBy(() -> RecordRows.of(Clock.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Clock.tickedAt: no column type for class java.time.Instant");
    }
}
