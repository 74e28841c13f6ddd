package dev.hybridstore.coreapi.user;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.web.Ids;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.model.redis.RedisKeys;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final CacheAside cache;

    UserService(UserRepository users, CacheAside cache) {
        this.users = users;
        this.cache = cache;
    }

    /** Stores a new user; the id is generated when absent and age_group derived from age when absent (seed 003). */
    public Uni<User> create(User user) {
        User complete = withDerivedFields(user.userId() == null ? Ids.next('U') : user.userId(), user);
        return users.insert(complete)
                .map(created -> created.orElseThrow(() -> ProblemException.conflict("User '" + complete.userId() + "' already exists")))
                .invoke(created -> Log.infof("User %s created", created.userId()));
    }

    /** The user as JSON (cache-aside), or null when there is no such user. */
    public Uni<String> findJson(String id, CacheAside.Mode mode) {
        return cache.read(RedisKeys.USERS, id, mode, () -> users.find(id));
    }

    /** Write-through: the database first, then the cache entry, which readers see from then on. */
    public Uni<String> update(String id, User user) {
        if (user.userId() != null && !user.userId().equals(id)) {
            throw ProblemException.invalidField("user_id", "must be absent or equal to the id in the path ('" + id + "')");
        }
        return users.update(id, withDerivedFields(id, user))
                .map(updated -> updated.orElseThrow(() -> ProblemException.notFound("User", id)))
                .chain(updated -> cache.write(RedisKeys.USERS, id, CacheAside.toJson(updated)));
    }

    public Uni<Page<User>> list(UserQuery query) {
        return users.page(query).map(rows -> Page.of(rows, query.limit(), User::userId));
    }

    /** A random cached user (seed 003's get_random_user); from the database while Redis is down. */
    public Uni<String> randomJson(CacheAside.Mode mode) {
        return cache.random(RedisKeys.USERS, mode, users::random);
    }

    private static User withDerivedFields(String id, User u) {
        String ageGroup = u.ageGroup() != null ? u.ageGroup() : User.ageGroupOf(u.age());
        return new User(id, u.name(), u.gender(), u.age(), ageGroup, u.region(), u.joinDate(), null, null);
    }
}
