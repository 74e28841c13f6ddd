package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Player;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.UUID;

@Singleton
public class PlayerService extends SoftDeleteService<Player> {

    private final PlayerRepository players;

    PlayerService(PlayerRepository players) {
        super(players);
        this.players = players;
    }

    public Uni<Player> create(Player player) {
        return refusedAsProblem(players.insert(player));
    }

    public Uni<Player> update(UUID id, Player player) {
        return replaced(id, players.update(id, player));
    }
}
