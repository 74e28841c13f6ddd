package dev.hybridstore.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellWithNumbersRightAligned() {
        String out = new Table("fault", "lost").row("pg-kill", 0).row("x", 1234).render();
        assertThat(out).isEqualTo("""
                fault    lost
                pg-kill     0
                x        1234
                """);
    }

    @Test
    void emptyTrailingCellsLeaveNoTrailingSpaces() {
        String out = new Table("row", "seed", "note").row("users", "~1.2", "").row("products", "~60", "!! failed").render();
        assertThat(out).isEqualTo("""
                row       seed  note
                users     ~1.2
                products  ~60   !! failed
                """);
    }

    @Test
    void indentedPutsFourSpacesBeforeEveryLine() {
        String out = new Table("phase", "req/s").row("floor", 900).indented();
        assertThat(out).isEqualTo("""
                    phase  req/s
                    floor    900
                """);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new Table("a", "b").row("only one")).hasMessageContaining("1 cells in a table of 2 columns");
    }
}
