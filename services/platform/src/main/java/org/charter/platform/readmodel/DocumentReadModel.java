package org.charter.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Objects;
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
 * the platform rebuilds it from the event history at start-up in place, so readers never see it
 * empty or half built.
 */
public class DocumentReadModel<A extends EventSourced<?>> implements ReadModel<A> {

    private final MongoDatabase database;
    private final String collection;
    private final AggregateKind<?, A, ?> kind;
    private final Function<A, Object> idOf;
    private final Function<A, Document> documentOf;

    /**
     * @param collection the collection's name, e.g. {@code member_directory}
     * @param idOf       the document id of an aggregate
     * @param documentOf the document of an aggregate's state (the platform adds {@code _id} and {@code version})
     * @param indexes    creates the indexes queries need
     */
    public DocumentReadModel(MongoDatabase database, String collection, AggregateKind<?, A, ?> kind,
                             Function<A, Object> idOf, Function<A, Document> documentOf,
                             Consumer<MongoCollection<Document>> indexes) {
        this.database = database;
        this.collection = Objects.requireNonNull(collection, "collection");
        this.kind = kind;
        this.idOf = idOf;
        this.documentOf = documentOf;
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

    /** Writes that wait for {@link HeldBackWrites#writeAll}, for a bulk load. */
    public HeldBackWrites<A> heldBack() {
        return new HeldBackWrites<>(this, idOf);
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
     * Writes every state over the live collection, in place: a document at the same or an older
     * version is replaced (which also repairs one that was damaged), a newer one that a command
     * wrote meanwhile is kept. The collection is never emptied, so readers never see a read model
     * empty or half built. (Renaming a fresh collection over the live one is atomic in MongoDB but
     * not in mongo-java-server, where a reader saw no documents between the drop and the rename.)
     * States recorded meanwhile by another replica are brought in afterwards with {@link #update}.
     */
    public void rebuild(Consumer<Consumer<A>> states) {
        MongoCollection<Document> live = documents();
        states.accept(state -> VersionedDocuments.replaceUnlessNewer(live, idOf.apply(state), state.version(),
                documentOf.apply(state)));
    }

    private void write(MongoCollection<Document> target, A state) {
        VersionedDocuments.replaceIfNewer(target, idOf.apply(state), state.version(), documentOf.apply(state));
    }
}
