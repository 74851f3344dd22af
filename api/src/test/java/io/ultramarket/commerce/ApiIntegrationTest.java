package io.ultramarket.commerce;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole app on a real Netty port with its embedded PostgreSQL (in target/, wiped at start). Every
 * integration test uses exactly this configuration, so Spring's context cache gives the whole run one
 * application context and one PostgreSQL server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.embedded-postgres.data-directory=target/it-postgres",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.projections.retired-grace=PT1S"
})
// The real Kafka and ClickHouse (and Elasticsearch) of the run: analytics, integration events, search.
@ContextConfiguration(initializers = RealServerProperties.class)
@AutoConfigureWebTestClient(timeout = "PT30S")
// Spring Boot turns metrics export off in tests; the Prometheus endpoint is part of what is tested.
@AutoConfigureObservability(tracing = false)
public @interface ApiIntegrationTest {
}
