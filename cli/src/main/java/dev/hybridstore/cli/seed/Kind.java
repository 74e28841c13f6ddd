package dev.hybridstore.cli.seed;

import java.util.List;

/** What the seed adds, in the order it adds them (later kinds draw from earlier ones), and the tables each fills. */
enum Kind {
    STORES("rows", "public.stores"),
    USERS("rows", "public.users"),
    PRODUCTS("rows", "public.products"),
    ORDERS("rows", "public.orders"),
    QUESTIONS("rows", "public.companies", "public.questions"),
    INTERVIEWS("rows", "public.companies", "public.interviews"),
    MANUALS("rows", "public.manuals"),
    /** A project brings its whole tree, some 1,300 rows. */
    CATALOG("projects", "pokervod.projects", "pokervod.seasons", "pokervod.events", "pokervod.episodes", "pokervod.video_files",
            "pokervod.hand_clips", "pokervod.tags", "pokervod.players", "pokervod.google_sheet_sync", "pokervod.nas_folders",
            "pokervod.nas_files", "pokervod.hand_clip_tags", "pokervod.hand_clip_players");

    final String unit;
    final List<String> tables;

    Kind(String unit, String... tables) {
        this.unit = unit;
        this.tables = List.of(tables);
    }

    /** Its option, its SQL files' prefix and its count's variable. */
    String id() {
        return name().toLowerCase();
    }

    /** Units per INSERT for a --batch of rows. */
    int batch(int rows) {
        return this == CATALOG ? (rows + 999) / 1000 : rows;
    }
}
