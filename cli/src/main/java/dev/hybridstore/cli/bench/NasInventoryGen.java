package dev.hybridstore.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The NAS benchmark's inventory: {@code files} files in folders of {@code batch} under {@code root} (the last folder
 * holds the rest), each folder one import request of POST /api/catalog/nas-imports. Names, sizes and times follow from
 * the file's number alone, so every run and both passes send the same rows: mostly episode videos, with subtitles and
 * metadata beside them.
 */
record NasInventoryGen(String root, int files, int batch) {

    static final String SCANNED_AT = "2025-01-09T04:00:00";

    int requests() {
        return (files + batch - 1) / batch;
    }

    String folder(int request) {
        return root + String.format("/event-%05d", request + 1);
    }

    /** The body of one import: the folder's files, numbered from {@code request * batch}. */
    Map<String, Object> request(int request) {
        int first = request * batch;
        int last = Math.min(files, first + batch);
        List<Map<String, Object>> list = new ArrayList<>(last - first);
        for (int n = first; n < last; n++) {
            list.add(Map.of("name", name(n), "size_bytes", size(n), "mtime", mtime(n)));
        }
        return Map.of("path", folder(request), "scanned_at", SCANNED_AT, "files", list);
    }

    int filesIn(int request) {
        return Math.min(files, (request + 1) * batch) - request * batch;
    }

    /** Of every 20 files, 16 videos, 3 Korean subtitles, 1 metadata file. */
    static String name(int n) {
        String episode = String.format("WSOP_%d_E%04d_DAY%d_%06d", 2003 + n % 22, n / 60 % 10_000, 1 + n % 3, n);
        int kind = n % 20;
        return kind < 16 ? episode + ".mp4" : kind < 19 ? episode + ".ko.srt" : episode + ".nfo";
    }

    /** Videos of 0.5 to 5.6 GB, subtitles and metadata of a few KB; a multiplicative hash spreads them. */
    static long size(int n) {
        long spread = (n * 2_654_435_761L) & 0xFFFF_FFFFL;
        return n % 20 < 16 ? 500_000_000L + spread + spread / 5 : 2_000 + spread % 200_000;
    }

    static String mtime(int n) {
        return String.format("%d-%02d-%02dT%02d:%02d:00", 2003 + n % 22, 1 + n % 12, 1 + n % 28, n % 24, n % 60);
    }
}
