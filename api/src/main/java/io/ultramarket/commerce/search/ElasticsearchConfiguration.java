package io.ultramarket.commerce.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.projections.search.SearchIndexer;
import io.ultramarket.commerce.query.search.ElasticsearchReads;
import io.ultramarket.commerce.query.search.ProductSearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.axonframework.tracing.SpanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Clock;

/**
 * Elasticsearch, when {@code spring.elasticsearch.uris} names it: the low-level client (Spring Boot's
 * health indicator uses it), the blocking client for the indexer's own thread, the non-blocking reader for
 * searches on the app's event loops (ADR 0102), the indexer and the search. Spring Boot's own client auto-configuration is excluded
 * (application.yml), since it would connect to localhost:9200 when nothing is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.elasticsearch", name = "uris")
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    private static final int MAX_CONNECTIONS = 64;
    /** Searches waiting for one of the reader's connections, beyond which a search answers 503 at once. */
    private static final int MAX_WAITING_SEARCHES = 1000;

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
        HttpHost[] hosts = properties.getUris().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        return RestClient.builder(hosts)
                .setRequestConfigCallback(request -> request
                        .setConnectTimeout((int) properties.getConnectionTimeout().toMillis())
                        .setSocketTimeout((int) properties.getSocketTimeout().toMillis()))
                // The client's defaults (10 connections per node) would queue concurrent searches. No auth cache:
                // the low-level client puts a scheme in it for every node, which Apache's cache hands back by Java
                // deserialization on every request (9 % of the client's CPU in a search profile); the app sends no
                // credentials.
                .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .disableAuthCaching())
                .build();
    }

    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
        var mapper = JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new RestClientTransport(restClient, new JacksonJsonpMapper(mapper));
    }

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchReads elasticsearchReads(ElasticsearchProperties properties) {
        return new ElasticsearchReads(properties.getUris().stream().map(URI::create).toList(),
                properties.getConnectionTimeout(), properties.getSocketTimeout(), MAX_CONNECTIONS, MAX_WAITING_SEARCHES);
    }

    @Bean
    SearchIndexer searchIndexer(ElasticsearchClient client, RestClient restClient, JdbcTemplate jdbc, JsonColumns json,
                                ProjectionRuntime runtime, SearchProperties properties, Clock clock, SpanFactory spans) {
        return new SearchIndexer(client, restClient, jdbc, json, runtime, properties.indexer(), clock, spans);
    }

    @Bean
    ProductSearch productSearch(ElasticsearchReads reads, ElasticsearchTransport transport, SearchProperties properties) {
        return new ProductSearch(reads, transport.jsonpMapper(), properties.alias(), properties.priceBuckets(),
                properties.requestCache());
    }
}
