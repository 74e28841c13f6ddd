package dev.hybridstore.coreapi.user;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.cache.CachedRepository;
import dev.hybridstore.coreapi.cache.CachedService;
import dev.hybridstore.coreapi.cache.CachedTables;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.sql.ReadSql;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

@Singleton
public class UserService extends CachedService<User> {

    UserService(Sql sql, ReadSql reads, CacheAside cache) {
        super(new CachedRepository<>(sql, reads, CachedTables.USERS), cache);
    }

    /** age_group is derived from age when absent (seed 003). */
    @Override
    protected User complete(String id, User u) {
        String ageGroup = u.ageGroup() != null ? u.ageGroup() : User.ageGroupOf(u.age());
        return new User(id, u.name(), u.gender(), u.age(), ageGroup, u.region(), u.joinDate(), null, null);
    }

    /** Users, or only the columns of {@code fields} (null: all). */
    public Uni<Page<?>> list(UserQuery query, String fields) {
        return page(fields, query.after(), query.limit(), query.region(), query.gender(), query.ageGroup());
    }
}
