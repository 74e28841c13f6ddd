package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NasInventoryGenTest {

    @Test
    void everyFileIsInExactlyOneRequestTheLastHoldingTheRest() {
        NasInventoryGen gen = new NasInventoryGen("/bench-nas/r1/inventory", 2_500, 1_000);

        assertThat(gen.requests()).isEqualTo(3);
        assertThat(IntStream.range(0, 3).map(gen::filesIn).toArray()).containsExactly(1_000, 1_000, 500);
        assertThat(files(gen.request(2))).hasSize(500);
        assertThat(gen.request(2)).containsEntry("path", "/bench-nas/r1/inventory/event-00003")
                .containsEntry("scanned_at", NasInventoryGen.SCANNED_AT);
        assertThat(files(gen.request(2)).get(0)).containsEntry("name", NasInventoryGen.name(2_000));
    }

    @Test
    void theSameNumberGivesTheSameFileAndNamesAreUnique() {
        NasInventoryGen gen = new NasInventoryGen("/bench-nas/r1/inventory", 100_000, 1_000);

        assertThat(gen.request(7)).isEqualTo(gen.request(7));
        assertThat(IntStream.range(0, 100_000).mapToObj(NasInventoryGen::name).distinct().count()).isEqualTo(100_000);
        assertThat(NasInventoryGen.name(0)).endsWith(".mp4");
        assertThat(NasInventoryGen.name(16)).endsWith(".ko.srt");
        assertThat(NasInventoryGen.name(19)).endsWith(".nfo");
        assertThat(IntStream.range(0, 1_000).mapToLong(NasInventoryGen::size).min().orElseThrow()).isPositive();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> files(Map<String, Object> request) {
        return (List<Map<String, Object>>) request.get("files");
    }
}
