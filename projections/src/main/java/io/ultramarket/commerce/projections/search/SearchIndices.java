package io.ultramarket.commerce.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/** The Elasticsearch side of the search indices: creating one with its mapping, bulk writes, the alias. */
class SearchIndices {

    private static final Logger log = LoggerFactory.getLogger(SearchIndices.class);
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** Elasticsearch's "never refresh on a timer": only an explicit refresh makes documents searchable. */
    static final String BUILDING_REFRESH = "-1";

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final ElasticsearchClient client;
    private final RestClient restClient;
    private final ObjectMapper mapper;
    private final SearchIndexerSettings settings;
    /** The indices whose mapping this instance has brought up to date (ADR 0068) or made itself. */
    private final Set<String> mappingsChecked = ConcurrentHashMap.newKeySet();

    /** {@code restClient} is the one under {@code client}, whose mapper writes the documents as searches read them. */
    SearchIndices(ElasticsearchClient client, RestClient restClient, SearchIndexerSettings settings) {
        this.client = client;
        this.restClient = restClient;
        if (!(client._jsonpMapper() instanceof JacksonJsonpMapper jackson)) {
            throw new IllegalArgumentException("the search indexer writes its bulks with Jackson; the client maps JSON with "
                    + client._jsonpMapper().getClass().getName());
        }
        this.mapper = jackson.objectMapper();
        this.settings = settings;
    }

    /**
     * What the indexer's cycle needs to know of Elasticsearch, in one request (ADR 0112): the alias's generation
     * indices, and the indices the alias points at, whatever their names.
     */
    IndexListing listing() throws IOException {
        Map<String, Boolean> aliasedByIndex = new LinkedHashMap<>();
        client.indices().getAlias(get -> get.index(settings.alias() + "-g*", settings.alias())
                        .allowNoIndices(true).ignoreUnavailable(true))
                .result().forEach((index, aliases) -> aliasedByIndex.put(index, aliases.aliases().containsKey(settings.alias())));
        return new IndexListing(settings.alias(), aliasedByIndex);
    }

    /**
     * Creates the index with the documents' mapping unless the listing has it. An index made before products had
     * ratings gets their two fields added (ADR 0068), once per index and instance (ADR 0112): Elasticsearch adds
     * fields to a mapping in place, and none of its documents has a rating yet, so nothing needs indexing again.
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
    void ensure(String index, IndexListing listing, Runnable beforeCreating) throws IOException {
        if (listing.exists(index)) {
            if (!mappingsChecked.contains(index)) {
                client.indices().putMapping(mapping -> mapping.index(index)
                        .properties("rating", property -> property.double_(number -> number))
                        .properties("reviewCount", property -> property.integer(number -> number)));
                mappingsChecked.add(index);
            }
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
        listing.created(index);
        mappingsChecked.add(index);
    }

    /**
     * Indexes the documents, each under its revision as external version: Elasticsearch keeps a newer
     * document over an older one whatever order requests arrive in. A version conflict means it already
     * has this revision or a newer one, which is success here. Returns how many documents it refused
     * for any other reason (they are logged; they would be refused again). The body goes out in one buffer
     * ({@link BulkBody}) through the low-level client; the answer is read with the same mapper.
     */
    int write(String index, List<PendingDocument> documents) throws IOException {
        return refused(index, restClient.performRequest(bulk(index, documents)));
    }

    /**
     * Sends the documents as {@link #write} does without waiting for the answer, so that the caller can read the next
     * ones from PostgreSQL while Elasticsearch indexes these, or send several bulks at once.
     */
    SentBulk send(String index, List<PendingDocument> documents) throws IOException {
        CompletableFuture<Response> answer = new CompletableFuture<>();
        restClient.performRequestAsync(bulk(index, documents), new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                answer.complete(response);
            }

            @Override
            public void onFailure(Exception failure) {
                answer.completeExceptionally(failure);
            }
        });
        return new SentBulk(index, answer);
    }

    /** A bulk on its way; its answer is read on the thread that waits for it, not on the client's I/O thread. */
    final class SentBulk {

        private final String index;
        private final CompletableFuture<Response> answer;

        private SentBulk(String index, CompletableFuture<Response> answer) {
            this.index = index;
            this.answer = answer;
        }

        /** Waits for the answer; how many documents Elasticsearch refused, as {@link #write} answers. */
        int await() throws IOException {
            try {
                return refused(index, answer.get());
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("bulk request to " + index + " failed", failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a bulk request to " + index);
            }
        }
    }

    private Request bulk(String index, List<PendingDocument> documents) throws IOException {
        Request bulk = new Request("POST", "/_bulk");
        bulk.setEntity(new ByteArrayEntity(BulkBody.of(index, documents, mapper), NDJSON));
        return bulk;
    }

    private int refused(String index, Response response) throws IOException {
        JsonNode answer;
        try (InputStream content = response.getEntity().getContent()) {
            answer = mapper.readTree(content);
        }
        if (!answer.path("errors").asBoolean()) {
            return 0;
        }
        int refused = 0;
        for (JsonNode item : answer.path("items")) {
            JsonNode error = item.path("index").path("error");
            if (!error.isMissingNode() && !VERSION_CONFLICT.equals(error.path("type").asText())) {
                refused++;
                log.error("Elasticsearch refused search document {} in {}: {}", item.path("index").path("_id").asText(),
                        index, error.path("reason").asText());
            }
        }
        return refused;
    }

    /**
     * Moves the alias to {@code index} in one request: a search sees the old index or the new one, never neither.
     * Before that, the index gets the replicas and the refresh interval of a searched index (it was built without
     * them), and what was written becomes searchable: the new index answers with all of it from the switch on.
     * Each step is idempotent, so a cycle that failed half-way is simply run again.
     */
    void pointAliasAt(String index, IndexListing listing) throws IOException {
        Set<String> current = listing.aliased();
        client.indices().putSettings(put -> put.index(index).settings(indexSettings -> indexSettings
                .numberOfReplicas(Integer.toString(settings.replicas()))
                .refreshInterval(time -> time.time(settings.refreshIntervalSetting()))));
        client.indices().refresh(refresh -> refresh.index(index));
        List<Action> actions = new ArrayList<>();
        current.stream().filter(name -> !name.equals(index)).forEach(name ->
                actions.add(Action.of(action -> action.remove(remove -> remove.index(name).alias(settings.alias())))));
        actions.add(Action.of(action -> action.add(add -> add.index(index).alias(settings.alias()))));
        client.indices().updateAliases(update -> update.actions(actions));
        listing.aliasMovedTo(index);
        log.info("Search alias {} now points at {} (was {})", settings.alias(), index, current);
    }

    void delete(String index, IndexListing listing) throws IOException {
        client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true));
        listing.deleted(index);
        mappingsChecked.remove(index);
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
