package io.ultramarket.commerce.query.slice;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import io.ultramarket.commerce.query.columns.JsonColumnReader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One test's database, in which it runs read models as the app does: the projection that a feature package
 * of projections declares, writing with JDBC, and the query-side reader of the same feature, reading with
 * R2DBC. Only those two packages (and the JSON column mappers they share with every read model) are scanned:
 * the slice proves that the writer and the reader agree on the schema, and nothing else of the app starts.
 */
public final class ReadModelDatabase implements ExtensionContext.Store.CloseableResource {

    private final JdbcTemplate jdbc;
    private final DatabaseClient database;
    private final List<AnnotationConfigApplicationContext> contexts = new ArrayList<>();

    ReadModelDatabase(DataSource dataSource, int port, String name) {
        this.jdbc = new JdbcTemplate(dataSource);
        // The embedded server trusts local connections, as in the app, so the superuser needs no password.
        this.database = DatabaseClient.create(new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host("localhost").port(port).database(name).username("postgres").password("").build()));
    }

    /**
     * The read model declared beside {@code schema} (its feature package in projections), its tables made for
     * generation 1 behind their views, and the query-side readers of the packages of {@code readers}. A read
     * model that no query-side class reads names none, and its rows are read with {@link ReadModelSlice#jdbc()}.
     */
    public ReadModelSlice slice(Class<?> schema, Class<?>... readers) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcTemplate.class, () -> jdbc);
        context.registerBean(DatabaseClient.class, () -> database);
        context.scan(schema.getPackageName(), JsonColumns.class.getPackageName(), JsonColumnReader.class.getPackageName());
        if (readers.length > 0) {
            context.scan(Arrays.stream(readers).map(Class::getPackageName).toArray(String[]::new));
        }
        context.refresh();
        contexts.add(context);
        return ReadModelSlice.start(context.getBean(ReadModelProjection.class), jdbc, context);
    }

    @Override
    public void close() {
        contexts.forEach(AnnotationConfigApplicationContext::close);
    }
}
