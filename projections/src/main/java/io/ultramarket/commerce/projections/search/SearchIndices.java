package io.ultramarket.commerce.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Elasticsearch side of the search indices: creating one with its mapping, bulk writes, the alias. */
class SearchIndices {

    private static final Logger log = LoggerFactory.getLogger(SearchIndices.class);
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** Elasticsearch's "never refresh on a timer": only an explicit refresh makes documents searchable. */
    static final String BUILDING_REFRESH = "-1";

    private final ElasticsearchClient client;
    private final SearchIndexerSettings settings;

    SearchIndices(ElasticsearchClient client, SearchIndexerSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Creates the index with the documents' mapping unless it exists. An index made before products had ratings
     * gets their two fields added (ADR 0068): Elasticsearch adds fields to a mapping in place, and none of its
     * documents has a rating yet, so nothing needs indexing again.
     *
     * <p>A new index is not searched until the alias points at it ({@link #pointAliasAt}), so it is built the
     * cheap way (ADR 0078): one shard, no replicas and no periodic refresh; {@link #pointAliasAt} gives it its
     * replicas and refresh interval, and refreshes it, before the alias moves. The facet fields load their global
     * ordinals at each refresh rather than at the first search after it.
     *
     * <p>{@code beforeCreating} runs first when the index has to be created: an index missing from Elasticsearch
     * may be one it lost, whose documents the caller must then send again. A failure there leaves the index
     * missing, so the next call runs it again.
     */
    void ensure(String index, Runnable beforeCreating) throws IOException {
        if (client.indices().exists(exists -> exists.index(index)).value()) {
            client.indices().putMapping(mapping -> mapping.index(index)
                    .properties("rating", property -> property.double_(number -> number))
                    .properties("reviewCount", property -> property.integer(number -> number)));
            return;
        }
        beforeCreating.run();
        try {
            client.indices().create(create -> create.index(index)
                    .settings(indexSettings -> indexSettings.numberOfShards("1").numberOfReplicas("0")
                            .refreshInterval(time -> time.time(BUILDING_REFRESH)))
                    .mappings(mappings -> mappings.dynamic(DynamicMapping.False)
                            .properties("productId", property -> property.keyword(keyword -> keyword))
                            .properties("name", property -> property.text(text -> text))
                            .properties("description", property -> property.text(text -> text))
                            .properties("category", property -> property.keyword(keyword -> keyword))
                            .properties("categories", property -> property.keyword(keyword -> keyword.eagerGlobalOrdinals(true)))
                            .properties("attributes", property -> property.keyword(keyword -> keyword.eagerGlobalOrdinals(true)))
                            .properties("skus", property -> property.keyword(keyword -> keyword))
                            .properties("priceMin", property -> property.double_(number -> number))
                            .properties("priceMax", property -> property.double_(number -> number))
                            .properties("currency", property -> property.keyword(keyword -> keyword))
                            .properties("inStock", property -> property.boolean_(flag -> flag))
                            .properties("published", property -> property.boolean_(flag -> flag))
                            .properties("createdAt", property -> property.date(date -> date))
                            .properties("rating", property -> property.double_(number -> number))
                            .properties("reviewCount", property -> property.integer(number -> number))
                            .properties("suggest", property -> property.completion(completion -> completion.analyzer("standard")))));
            log.info("Created search index {}", index);
        } catch (ElasticsearchException raced) {
            // Another instance created it between our check and our request.
            if (!"resource_already_exists_exception".equals(raced.error().type())) {
                throw raced;
            }
        }
    }

    /**
     * Indexes the documents, each under its revision as external version: Elasticsearch keeps a newer
     * document over an older one whatever order requests arrive in. A version conflict means it already
     * has this revision or a newer one, which is success here. Returns how many documents it refused
     * for any other reason (they are logged; they would be refused again).
     */
    int write(String index, List<PendingDocument> documents) throws IOException {
        List<BulkOperation> operations = documents.stream().map(pending -> BulkOperation.of(operation -> operation
                .index(write -> write.index(index).id(pending.document().productId().toString())
                        .version(pending.revision()).versionType(VersionType.External)
                        .document(pending.document())))).toList();
        BulkResponse response = client.bulk(bulk -> bulk.operations(operations));
        int refused = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                refused++;
                log.error("Elasticsearch refused search document {} in {}: {}", item.id(), index, item.error().reason());
            }
        }
        return refused;
    }

    /** The indices the alias points at now (one, or none before the first switch). */
    Set<String> aliased() throws IOException {
        try {
            return client.indices().getAlias(get -> get.name(settings.alias())).result().keySet();
        } catch (ElasticsearchException missing) {
            if (missing.status() == 404) {
                return Set.of();
            }
            throw missing;
        }
    }

    /**
     * Moves the alias to {@code index} in one request: a search sees the old index or the new one, never neither.
     * Before that, the index gets the replicas and the refresh interval of a searched index (it was built without
     * them), and what was written becomes searchable: the new index answers with all of it from the switch on.
     * Each step is idempotent, so a cycle that failed half-way is simply run again.
     */
    void pointAliasAt(String index, Set<String> current) throws IOException {
        client.indices().putSettings(put -> put.index(index).settings(indexSettings -> indexSettings
                .numberOfReplicas(Integer.toString(settings.replicas()))
                .refreshInterval(time -> time.time(settings.refreshIntervalSetting()))));
        client.indices().refresh(refresh -> refresh.index(index));
        List<Action> actions = new ArrayList<>();
        current.stream().filter(name -> !name.equals(index)).forEach(name ->
                actions.add(Action.of(action -> action.remove(remove -> remove.index(name).alias(settings.alias())))));
        actions.add(Action.of(action -> action.add(add -> add.index(index).alias(settings.alias()))));
        client.indices().updateAliases(update -> update.actions(actions));
        log.info("Search alias {} now points at {} (was {})", settings.alias(), index, current);
    }

    /** Every index of the alias's generations, in use or not. */
    List<String> generationIndices() throws IOException {
        return new ArrayList<>(client.indices().get(get -> get.index(settings.alias() + "-g*")
                .allowNoIndices(true)).result().keySet());
    }

    void delete(String index) throws IOException {
        client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true));
        log.info("Deleted search index {}", index);
    }

    /** Documents in the index, as last refreshed. */
    Optional<Long> count(String index) throws IOException {
        if (!client.indices().exists(exists -> exists.index(index)).value()) {
            return Optional.empty();
        }
        return Optional.of(client.count(count -> count.index(index)).count());
    }
}
