package io.ultramarket.commerce.servers;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness's Elasticsearch is a real single-node cluster that the app's client (elasticsearch-java
 * 8.19) can use: indices stay green on one node, and what is indexed is found by full-text search.
 */
@ExtendWith(RealServersExtension.class)
class ElasticsearchServerIT {

    record Product(String sku, String name, double price) {
    }

    RestClient rest;
    ElasticsearchClient client;

    @BeforeEach
    void connect(ElasticsearchServer server) {
        rest = RestClient.builder(HttpHost.create(server.url())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    @AfterEach
    void disconnect() throws IOException {
        rest.close();
    }

    @Test
    void aDocumentIndexedIntoAnIndexWithoutReplicasIsFoundByFullTextSearch() throws IOException {
        client.indices().create(index -> index.index("products")
                .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0"))
                .mappings(mappings -> mappings
                        .properties("sku", property -> property.keyword(keyword -> keyword))
                        .properties("name", property -> property.text(text -> text))
                        .properties("price", property -> property.double_(number -> number))));
        client.index(request -> request.index("products").id("MUG-BLUE").document(new Product("MUG-BLUE", "Blue coffee mug", 9.90)));
        client.index(request -> request.index("products").id("TEAPOT-RED").document(new Product("TEAPOT-RED", "Red teapot", 24.50))
                .refresh(Refresh.True));

        var found = client.search(search -> search.index("products")
                .query(query -> query.match(match -> match.field("name").query("mug"))), Product.class);

        assertThat(found.hits().hits()).extracting(Hit::source).containsExactly(new Product("MUG-BLUE", "Blue coffee mug", 9.90));
        assertThat(client.cluster().health(health -> health.index("products")).status()).isEqualTo(HealthStatus.Green);
    }

    @Test
    void anIndexCreatedWithoutSettingsGetsNoReplicaSoTheSingleNodeStaysGreen() throws IOException {
        client.index(request -> request.index("auto-created").id("1").document(new Product("CUP", "Cup", 1.0)).refresh(Refresh.True));

        var settings = client.indices().getSettings(request -> request.index("auto-created")).get("auto-created").settings();
        assertThat(settings.index().numberOfReplicas()).isEqualTo("0");
        assertThat(client.cluster().health(health -> health.index("auto-created")).status()).isEqualTo(HealthStatus.Green);
    }
}
