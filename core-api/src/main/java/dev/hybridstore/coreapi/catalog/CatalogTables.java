package dev.hybridstore.coreapi.catalog;

import static dev.hybridstore.coreapi.catalog.CatalogTable.Column.of;

import dev.hybridstore.coreapi.catalog.CatalogTable.Docs;
import dev.hybridstore.coreapi.catalog.CatalogTable.Parent;
import dev.hybridstore.model.catalog.Episode;
import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.model.catalog.HandClip;
import dev.hybridstore.model.catalog.NasFile;
import dev.hybridstore.model.catalog.NasFolder;
import dev.hybridstore.model.catalog.Player;
import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.model.catalog.Tag;
import dev.hybridstore.model.catalog.VideoFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog of seed 004, table by table. Unique keys are the schema's: a taken one is a 409 naming it, and keys stay
 * taken after a soft delete (the unique indexes cover deleted rows). Other features read and link rows through these.
 */
public final class CatalogTables {

    public static final CatalogTable<Project> PROJECTS = new CatalogTable<>("Project", "projects", Project.class,
            Project.ROWS.columns(), Project.ROWS::read, Project::id,
            "code, id",
            List.of(of("code", Project::code), of("name", Project::name), of("description", Project::description),
                    of("nas_base_path", Project::nasBasePath), of("is_active", Project::isActive).orElse("true")),
            null,
            new Docs("Create a project (a poker series); its code is unique", "Projects by code, a page at a time", """
                    {"id":"3f1c6a52-0d7e-4b8a-9c21-6e5d4f3a2b10","code":"WSOP","name":"World Series of Poker",\
                    "description":"Main tour","nas_base_path":"/nas/wsop","is_active":true,"created_at":"2025-01-09T10:15:30.123456",\
                    "updated_at":"2025-01-09T10:15:30.123456","deleted_at":null}""",
                    "duplicate key value violates unique constraint \"ix_projects_code\": Key (code)=(WSOP) already exists"));

    /** One live season per project and year (seed 004); the insert itself checks, as the schema's key is partial. */
    public static final CatalogTable<Season> SEASONS = new CatalogTable<>("Season", "seasons", Season.class,
            Season.ROWS.columns(), Season.ROWS::read, Season::id,
            "project_id, year, id",
            List.of(of("year", Season::year), of("name", Season::name), of("location", Season::location),
                    of("sub_category", Season::subCategory), of("status", Season::status).orElse("'active'")),
            new Parent(PROJECTS, "project_id", "year, id", "year"),
            new Docs("Add a season to a project; one season per year (409 otherwise)", "A project's seasons by year", null));

    public static final CatalogTable<Event> EVENTS = new CatalogTable<>("Event", "events", Event.class,
            Event.ROWS.columns(), Event.ROWS::read, Event::id,
            "season_id, event_number, id",
            List.of(of("event_number", Event::eventNumber), of("name", Event::name), of("event_type", Event::eventType),
                    of("game_type", Event::gameType), of("buy_in", Event::buyIn), of("venue", Event::venue),
                    of("start_date", Event::startDate), of("end_date", Event::endDate), of("prize_pool", Event::prizePool),
                    of("total_entries", Event::totalEntries)),
            new Parent(SEASONS, "season_id", "event_number, id", null),
            new Docs("Add an event to a season", "A season's events by event number", null));

    /** Its video files are listed with /api/catalog/video-files?episode_id=. */
    public static final CatalogTable<Episode> EPISODES = new CatalogTable<>("Episode", "episodes", Episode.class,
            Episode.ROWS.columns(), Episode.ROWS::read, Episode::id,
            "event_id, episode_number, id",
            List.of(of("episode_number", Episode::episodeNumber), of("title", Episode::title), of("episode_type", Episode::episodeType),
                    of("table_type", Episode::tableType), of("air_date", Episode::airDate), of("duration_sec", Episode::durationSec),
                    of("description", Episode::description)),
            new Parent(EVENTS, "event_id", "episode_number, id", null),
            new Docs("Add an episode to an event", "An event's episodes by episode number", null));

    /** Read-only here: the nas feature's import writes the inventory, and lists it a keyset page at a time. */
    public static final CatalogTable<NasFolder> NAS_FOLDERS = new CatalogTable<>("NAS folder", "nas_folders", NasFolder.class,
            NasFolder.ROWS.columns(),
            NasFolder.ROWS::read, NasFolder::id, "path", List.of(), null,
            new Docs(null, "NAS folders by path, a keyset page at a time, optionally the subfolders of one folder", """
                    {"id":"0c5e1d7a-3b2f-4c8e-9a61-7f4d2e9b8c30","parent_id":"5b7a2c19-8e4d-4f63-a1b0-9c2d3e4f5a61",\
                    "path":"/nas/pokervod/WSOP/2024","name":"2024","depth":2,"file_count":42,"total_size_bytes":193273528320,\
                    "last_scanned_at":"2025-01-09T04:00:00","created_at":"2025-01-09T04:00:01.123456",\
                    "updated_at":"2025-01-09T04:00:01.123456","deleted_at":null}"""));

    public static final CatalogTable<NasFile> NAS_FILES = new CatalogTable<>("NAS file", "nas_files", NasFile.class,
            NasFile.ROWS.columns(), NasFile.ROWS::read,
            NasFile::id, "file_path", List.of(), null,
            new Docs(null, "NAS files by path, a keyset page at a time, optionally of one folder", """
                    {"id":"9e2f4a61-7c3b-4d58-b2e1-0a9c8d7e6f50","folder_id":"0c5e1d7a-3b2f-4c8e-9a61-7f4d2e9b8c30",\
                    "file_path":"/nas/pokervod/WSOP/2024/WSOP_2024_E01_DAY1.mp4","file_name":"WSOP_2024_E01_DAY1.mp4",\
                    "size_bytes":4601750016,"mtime":"2024-07-04T23:00:00","extension":"mp4","file_category":"video",\
                    "created_at":"2025-01-09T04:00:01.123456","updated_at":"2025-01-09T04:00:01.123456","deleted_at":null}"""));

    /** A NAS file backs at most one live video file (409 otherwise); the nas feature links them too. */
    public static final CatalogTable<VideoFile> VIDEO_FILES = new CatalogTable<>("Video file", "video_files", VideoFile.class,
            VideoFile.ROWS.columns(),
            VideoFile.ROWS::read, VideoFile::id, "file_path",
            List.of(of("episode_id", VideoFile::episodeId).referencing(EPISODES),
                    of("nas_file_id", VideoFile::nasFileId).referencing(NAS_FILES),
                    of("file_path", VideoFile::filePath), of("file_name", VideoFile::fileName),
                    of("size_bytes", VideoFile::sizeBytes), of("duration_sec", VideoFile::durationSec), of("codec", VideoFile::codec),
                    of("resolution", VideoFile::resolution), of("fps", VideoFile::fps), of("bitrate", VideoFile::bitrate),
                    of("container", VideoFile::container), of("display_title", VideoFile::displayTitle),
                    of("checksum", VideoFile::checksum), of("version_type", VideoFile::versionType),
                    of("is_original", VideoFile::isOriginal).orElse("true"),
                    of("file_mtime", VideoFile::fileMtime),
                    of("scan_status", VideoFile::scanStatus).orElse("'pending'"),
                    of("last_scanned_at", VideoFile::lastScannedAt)),
            new Parent(EPISODES, "episode_id", "file_path", null),
            new Docs("Register a video file; its file_path is unique", "Video files by path, optionally of one episode", null));

    /** Each sheet row is imported once: (sheet_source, sheet_row_number) is unique. */
    public static final CatalogTable<HandClip> HAND_CLIPS = new CatalogTable<>("Hand clip", "hand_clips", HandClip.class,
            HandClip.ROWS.columns(), HandClip.ROWS::read,
            HandClip::id,
            "created_at, id",
            List.of(of("video_file_id", HandClip::videoFileId).referencing(VIDEO_FILES),
                    of("episode_id", HandClip::episodeId).referencing(EPISODES),
                    of("sheet_source", HandClip::sheetSource), of("sheet_row_number", HandClip::sheetRowNumber),
                    of("hand_number", HandClip::handNumber), of("title", HandClip::title), of("start_sec", HandClip::startSec),
                    of("end_sec", HandClip::endSec), of("pot_size", HandClip::potSize), of("winner", HandClip::winner),
                    of("notes", HandClip::notes), of("importance", HandClip::importance)),
            new Parent(VIDEO_FILES, "video_file_id", "start_sec NULLS LAST, id", null),
            new Docs("Create a hand clip; (sheet_source, sheet_row_number) is unique",
                    "Hand clips, optionally of one video file in time order", null));

    public static final CatalogTable<Tag> TAGS = new CatalogTable<>("Tag", "tags", Tag.class,
            Tag.ROWS.columns(), Tag.ROWS::read, Tag::id, "category, name, id",
            List.of(of("category", Tag::category), of("name", Tag::name), of("display_name", Tag::displayName),
                    of("description", Tag::description)),
            null,
            new Docs("Create a tag; (category, name) is unique", "Tags by category and name", null));

    public static final CatalogTable<Player> PLAYERS = new CatalogTable<>("Player", "players", Player.class,
            Player.ROWS.columns(), Player.ROWS::read, Player::id,
            "name, id",
            List.of(of("name", Player::name), of("nickname", Player::nickname), of("country", Player::country),
                    of("total_earnings", Player::totalEarnings),
                    of("is_active", Player::isActive).orElse("true")),
            null,
            new Docs("Create a player", "Players by name", null));

    static final List<CatalogTable<?>> ALL = List.of(PROJECTS, SEASONS, EVENTS, EPISODES, VIDEO_FILES, HAND_CLIPS, TAGS, PLAYERS,
            NAS_FOLDERS, NAS_FILES);

    /** The tables whose rows hang under {@code table}'s, by name: what ?include= may name below it. */
    static Map<String, CatalogTable<?>> childrenOf(CatalogTable<?> table) {
        Map<String, CatalogTable<?>> children = new TreeMap<>();
        ALL.stream().filter(t -> t.parent() != null && t.parent().table() == table).forEach(t -> children.put(t.name(), t));
        return children;
    }

    private CatalogTables() {
    }
}
