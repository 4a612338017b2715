package org.charter.platform.readmodel;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.aggregate.ReadModel;

/**
 * A read model of one kind of aggregate kept in its own MongoDB collection, one document per
 * aggregate, written only when the state is newer than the document. A service extends it with
 * its queries over {@link #documents()}, declares it as a bean and hands it to its repository;
 * the platform rebuilds it
 * from the event history at start-up into a fresh collection and swaps that in, so readers
 * never see it empty or half built.
 */
public class DocumentReadModel<A extends EventSourced<?>> implements ReadModel<A> {

    private final MongoDatabase database;
    private final String collection;
    private final AggregateKind<?, A, ?> kind;
    private final Function<A, Object> idOf;
    private final Function<A, Document> documentOf;
    private final Consumer<MongoCollection<Document>> indexes;

    /**
     * @param collection the collection's name, e.g. {@code member_directory}
     * @param idOf       the document id of an aggregate
     * @param documentOf the document of an aggregate's state (the platform adds {@code _id} and {@code version})
     * @param indexes    creates the indexes queries need, on the live collection and on every rebuilt one
     */
    public DocumentReadModel(MongoDatabase database, String collection, AggregateKind<?, A, ?> kind,
                             Function<A, Object> idOf, Function<A, Document> documentOf,
                             Consumer<MongoCollection<Document>> indexes) {
        this.database = database;
        this.collection = Objects.requireNonNull(collection, "collection");
        this.kind = kind;
        this.idOf = idOf;
        this.documentOf = documentOf;
        this.indexes = indexes;
        indexes.accept(documents());
    }

    public DocumentReadModel(MongoDatabase database, String collection, AggregateKind<?, A, ?> kind,
                             Function<A, Object> idOf, Function<A, Document> documentOf) {
        this(database, collection, kind, idOf, documentOf, c -> { });
    }

    @Override
    public final String name() {
        return collection;
    }

    public AggregateKind<?, A, ?> kind() {
        return kind;
    }

    /** The live collection, for queries. */
    public final MongoCollection<Document> documents() {
        return database.getCollection(collection);
    }

    @Override
    public final void update(A state) {
        write(documents(), state);
    }

    /**
     * Writes every state into a fresh collection and then renames it over the live one in one
     * step. States recorded meanwhile by this or another replica may be missing from the new
     * collection: the caller brings them in afterwards with {@link #update}.
     */
    public void rebuild(Consumer<Consumer<A>> states) {
        MongoCollection<Document> fresh = database.getCollection(collection + "_rebuild_"
                + UUID.randomUUID().toString().substring(0, 8));
        try {
            indexes.accept(fresh);
            states.accept(state -> write(fresh, state));
            fresh.renameCollection(new MongoNamespace(database.getName(), collection),
                    new RenameCollectionOptions().dropTarget(true));
        } catch (RuntimeException e) {
            fresh.drop();
            throw e;
        }
    }

    private void write(MongoCollection<Document> target, A state) {
        VersionedDocuments.replaceIfNewer(target, idOf.apply(state), state.version(), documentOf.apply(state));
    }
}
