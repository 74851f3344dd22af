package io.ultramarket.commerce;

import io.ultramarket.commerce.servers.RealServers;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Points the app at the real Kafka and ClickHouse (and Elasticsearch) of the test run, with
 * {@code RealServers.registerSpringProperties}. The values are read lazily, so a server starts only when
 * the app reads its property; as an initializer it is part of the shared context's key, so one context
 * (and one server of each kind) serves the whole run.
 */
public class RealServerProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
        RealServers.registerSpringProperties(properties::put);
        context.getEnvironment().getPropertySources().addFirst(new EnumerablePropertySource<>("real-servers", properties) {
            @Override
            public String[] getPropertyNames() {
                return properties.keySet().toArray(String[]::new);
            }

            @Override
            public Object getProperty(String name) {
                Supplier<Object> value = properties.get(name);
                return value == null ? null : value.get();
            }
        });
    }
}
