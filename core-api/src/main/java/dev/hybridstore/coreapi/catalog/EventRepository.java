package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlOps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class EventRepository extends SoftDeleteRepository<Event> {

    private static final String INSERT = """
            INSERT INTO pokervod.events (season_id, event_number, name, event_type, game_type, buy_in, venue, start_date, end_date,
                                         prize_pool, total_entries)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING\s""" + Event.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.events
               SET event_number = $2, name = $3, event_type = $4, game_type = $5, buy_in = $6, venue = $7, start_date = $8,
                   end_date = $9, prize_pool = $10, total_entries = $11, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + Event.COLUMNS;
    private static final String OF_SEASON = "SELECT " + Event.COLUMNS + """
             FROM pokervod.events WHERE season_id = $1 AND deleted_at IS NULL
            ORDER BY event_number, id LIMIT $2 OFFSET $3""";

    EventRepository(Sql sql) {
        super(sql, "Event", "pokervod.events", Event.COLUMNS, "season_id, event_number, id", Event::fromRow);
    }

    Uni<Event> insert(SqlOps on, UUID seasonId, Event e) {
        return on.fetchOne(INSERT, withWritable(Tuple.of(seasonId), e), Event::fromRow).map(Optional::orElseThrow);
    }

    Uni<Optional<Event>> update(UUID id, Event e) {
        return sql.fetchOne(UPDATE, withWritable(Tuple.of(id), e), Event::fromRow);
    }

    Uni<List<Event>> ofSeason(UUID seasonId, int page, int limit) {
        return fetchPage(OF_SEASON, seasonId, page, limit);
    }

    /** Appends the writable columns, in the statements' order, after the key. */
    private static Tuple withWritable(Tuple tuple, Event e) {
        for (Object value : Arrays.asList(e.eventNumber(), e.name(), e.eventType(), e.gameType(), e.buyIn(), e.venue(), e.startDate(),
                e.endDate(), e.prizePool(), e.totalEntries())) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
