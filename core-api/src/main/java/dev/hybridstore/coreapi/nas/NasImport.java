package dev.hybridstore.coreapi.nas;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A folder tree as the NAS scanner walked it (seed 004 block A): the root's absolute path and the time of the scan,
 * the root's files and subfolders, each subfolder with its own. After the import the live inventory under the root is
 * exactly this tree ({@link NasService#importTree}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NasImport(
        @NotNull @Size(max = 1000) @Pattern(regexp = ROOT, message = ROOT_RULE) String path,
        @NotNull LocalDateTime scannedAt,
        List<@NotNull @Valid Folder> folders,
        List<@NotNull @Valid File> files) {

    /** One or more segments, each after a '/': neither empty, '.' nor '..'. */
    static final String ROOT = "(/(?!\\.\\.?(/|$))[^/]+)+";
    static final String ROOT_RULE = "must be an absolute path such as /nas/pokervod, without a trailing '/' and without '.' or '..'";
    static final String NAME = "(?!\\.\\.?$)[^/]+";
    static final String NAME_RULE = "must be a name without '/', other than '.' and '..'";

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Folder(
            @NotNull @Size(max = 500) @Pattern(regexp = NAME, message = NAME_RULE) String name,
            List<@NotNull @Valid Folder> folders,
            List<@NotNull @Valid File> files) {
    }

    /** {@code mtime}: the file's modification time as the NAS reports it, without a zone (like every catalog time). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record File(
            @NotNull @Size(max = 500) @Pattern(regexp = NAME, message = NAME_RULE) String name,
            @NotNull @PositiveOrZero Long sizeBytes,
            LocalDateTime mtime) {
    }
}
