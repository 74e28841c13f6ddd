package dev.hybridstore.coreapi.nas;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;

/**
 * What an import did under its root ({@code root_id}: the root folder's id, to list from). Files: {@code added} (new, or back after being gone), {@code changed} (another
 * size, mtime, name or folder), {@code unchanged} (not written), {@code gone} (live before, not in the tree: now
 * soft-deleted). Folders: how many the tree listed, and how many under the root it no longer lists (soft-deleted).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NasImportResult(String path, UUID rootId, int folders, int foldersGone, int added, int changed, int unchanged, int gone) {
}
