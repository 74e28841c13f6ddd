package dev.hybridstore.coreapi.nas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a tree becomes rows: pure logic, no database. */
class NasInventoryTest {

    @Test
    void theExtensionIsTheLowerCasedTextAfterTheLastDotOfANameNotStartingWithIt() {
        assertThat(NasInventory.extension("Day1.Final.MP4")).isEqualTo("mp4");
        assertThat(NasInventory.extension("README")).isNull();
        assertThat(NasInventory.extension(".hidden")).isNull();
        assertThat(NasInventory.extension("trailing.")).isNull();
        assertThat(NasInventory.extension("a." + "x".repeat(21))).isNull();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"mkv, video", "srt, subtitle", "nfo, metadata", "iso, other", ", other"})
    void theCategoryComesFromTheExtensionAndIsOtherWithoutOne(String extension, String category) {
        assertThat(NasInventory.category(extension)).isEqualTo(category);
    }

    @Test
    void foldersComeParentsFirstWithTheirOwnFilesCountedAndTheirLevel() {
        LocalDateTime at = LocalDateTime.of(2025, 1, 9, 4, 0);
        NasInventory inventory = NasInventory.of(new NasImport("/nas/wsop", at, List.of(
                new NasImport.Folder("2024", List.of(new NasImport.Folder("day1", null, List.of(new NasImport.File("a.mp4", 7L, null)))),
                        List.of(new NasImport.File("b.srt", 3L, at), new NasImport.File("c.nfo", 2L, at)))),
                null));

        assertThat(inventory.folders()).containsExactly(
                new NasInventory.FolderRow("/nas/wsop", "wsop", "/nas", 0, 0, 0),
                new NasInventory.FolderRow("/nas/wsop/2024", "2024", "/nas/wsop", 1, 2, 5),
                new NasInventory.FolderRow("/nas/wsop/2024/day1", "day1", "/nas/wsop/2024", 2, 1, 7));
        assertThat(inventory.files()).extracting(NasInventory.FileRow::path, NasInventory.FileRow::category).containsExactlyInAnyOrder(
                tuple("/nas/wsop/2024/b.srt", "subtitle"),
                tuple("/nas/wsop/2024/c.nfo", "metadata"),
                tuple("/nas/wsop/2024/day1/a.mp4", "video"));
    }

    @Test
    void aTopLevelRootHasNoParentPath() {
        NasInventory inventory = NasInventory.of(new NasImport("/nas", LocalDateTime.of(2025, 1, 9, 4, 0), null, null));
        assertThat(inventory.folders()).containsExactly(new NasInventory.FolderRow("/nas", "nas", null, 0, 0, 0));
    }
}
