package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives tests the run's shared servers as parameters: a test that declares an {@link ElasticsearchServer},
 * a {@link KafkaServer}, a {@link ClickHouseServer}, a {@link KeycloakServer}, a {@link PostgresServer} or an {@link SmtpServer} gets
 * it, started if it was not yet. Use {@code @ExtendWith(RealServersExtension.class)}.
 */
public final class RealServersExtension implements ParameterResolver {

    private static final Map<Class<?>, Supplier<RealServer>> SERVERS = Map.of(
            ElasticsearchServer.class, RealServers::elasticsearch,
            KafkaServer.class, RealServers::kafka,
            ClickHouseServer.class, RealServers::clickHouse,
            KeycloakServer.class, RealServers::keycloak,
            PostgresServer.class, RealServers::postgres,
            SmtpServer.class, RealServers::smtp);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return SERVERS.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return SERVERS.get(parameter.getParameter().getType()).get();
    }
}
