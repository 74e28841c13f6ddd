package dev.hybridstore.coreapi.nas;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An import's tree flattened into the rows it writes: every folder (parents before their children) with the count and
 * size of its own files, and every file with the extension and category its name gives. Refuses, naming each field,
 * what cannot be one inventory: a name twice in one folder (file or folder), a path over the columns' 1000 characters.
 */
record NasInventory(List<FolderRow> folders, List<FileRow> files) {

    static final int MAX_PATH = 1000;
    /** A refusal lists at most this many fields: enough to fix a scanner, not a megabyte of errors. */
    private static final int MAX_ERRORS = 20;
    private static final Set<String> VIDEO = Set.of("mp4", "mov", "mkv", "mxf", "avi", "m4v", "ts", "m2ts", "mts", "wmv", "webm", "mpg");
    private static final Set<String> SUBTITLE = Set.of("srt", "vtt", "ass", "ssa", "smi", "sub");
    private static final Set<String> METADATA = Set.of("json", "xml", "nfo", "csv", "txt", "yaml", "yml");

    /** {@code level}: 0 for the root, 1 for its subfolders, and so on. */
    record FolderRow(String path, String name, String parentPath, int level, int fileCount, long totalSizeBytes) {
    }

    record FileRow(String folderPath, String path, String name, long sizeBytes, LocalDateTime mtime, String extension, String category) {
    }

    static NasInventory of(NasImport tree) {
        Walk walk = new Walk();
        int slash = tree.path().lastIndexOf('/');
        walk.folder(tree.path(), tree.path().substring(slash + 1), slash == 0 ? null : tree.path().substring(0, slash), 0,
                tree.folders(), tree.files(), "");
        if (!walk.errors.isEmpty()) {
            throw new ProblemException(422, "Unprocessable Content", "The tree cannot be stored as one inventory",
                    walk.errors.subList(0, Math.min(walk.errors.size(), MAX_ERRORS)));
        }
        return new NasInventory(walk.folders, walk.files);
    }

    /** The lower-cased text after the last dot of a name that does not start with it, if the column's 20 characters hold it. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || name.length() - dot - 1 > 20) {
            return null;
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The schema's file_category: video, subtitle, metadata or other (also for a name without extension). */
    static String category(String extension) {
        if (extension == null) {
            return "other";
        }
        return VIDEO.contains(extension) ? "video" : SUBTITLE.contains(extension) ? "subtitle" : METADATA.contains(extension) ? "metadata"
                : "other";
    }

    private static final class Walk {

        final List<FolderRow> folders = new ArrayList<>();
        final List<FileRow> files = new ArrayList<>();
        final List<Problem.FieldError> errors = new ArrayList<>();

        /** {@code field}: the JSON path of the folder's members ("" for the root, "folders[2]." below it). */
        void folder(String path, String name, String parentPath, int level, List<NasImport.Folder> subfolders, List<NasImport.File> own,
                String field) {
            List<NasImport.File> fileList = own == null ? List.of() : own;
            List<NasImport.Folder> folderList = subfolders == null ? List.of() : subfolders;
            Set<String> names = new HashSet<>();
            long size = 0;
            for (int i = 0; i < fileList.size(); i++) {
                NasImport.File file = fileList.get(i);
                String filePath = path + "/" + file.name();
                if (check(names, file.name(), filePath, field + "files[" + i + "].name")) {
                    String extension = extension(file.name());
                    files.add(new FileRow(path, filePath, file.name(), file.sizeBytes(), file.mtime(), extension, category(extension)));
                    size += file.sizeBytes();
                }
            }
            folders.add(new FolderRow(path, name, parentPath, level, fileList.size(), size));
            for (int i = 0; i < folderList.size(); i++) {
                NasImport.Folder sub = folderList.get(i);
                String subPath = path + "/" + sub.name();
                String subField = field + "folders[" + i + "]";
                if (check(names, sub.name(), subPath, subField + ".name")) {
                    folder(subPath, sub.name(), path, level + 1, sub.folders(), sub.files(), subField + ".");
                }
            }
        }

        private boolean check(Set<String> names, String name, String path, String field) {
            if (!names.add(name)) {
                errors.add(new Problem.FieldError(field, "repeats the name '" + name + "' in its folder"));
                return false;
            }
            if (path.length() > MAX_PATH) {
                errors.add(new Problem.FieldError(field, "makes the path " + path.length() + " characters long, over " + MAX_PATH));
                return false;
            }
            return true;
        }
    }
}
