package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Tag;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.UUID;

@Singleton
public class TagService extends SoftDeleteService<Tag> {

    private final TagRepository tags;

    TagService(TagRepository tags) {
        super(tags);
        this.tags = tags;
    }

    /** A taken (category, name) is a 409. */
    public Uni<Tag> create(Tag tag) {
        return refusedAsProblem(tags.insert(tag));
    }

    public Uni<Tag> update(UUID id, Tag tag) {
        return replaced(id, tags.update(id, tag));
    }
}
