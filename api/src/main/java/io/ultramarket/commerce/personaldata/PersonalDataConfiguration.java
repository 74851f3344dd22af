package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.query.eventstore.SealedFields;
import io.ultramarket.commerce.sagas.fraud.ScreenedOrders;
import org.axonframework.common.caching.Cache;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Wraps the serializers Axon's auto-configuration builds in {@link PersonalDataSerializer}, as the snapshot seal
 * wraps its storage engine: Axon keeps every setting of its own. The event serializer writes events and the
 * event handlers' dead letters; the general one the sagas' state.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
class PersonalDataConfiguration {

    private static final Set<String> SERIALIZERS = Set.of("eventSerializer", "serializer");

    @Bean
    PersonalDataKeys personalDataKeys(JdbcTemplate jdbc, Clock clock) {
        return new JdbcPersonalDataKeys(jdbc, clock);
    }

    @Bean
    Subjects personalDataSubjects(JdbcTemplate jdbc) {
        return new Subjects(jdbc);
    }

    @Bean
    Erasure personalDataErasure(Subjects subjects, PersonalDataKeys keys, PersonalDataCipher cipher,
                                List<PersonalDataErasure> readModels, ScreenedOrders fraudScreen,
                                PlatformTransactionManager transactions,
                                @Qualifier("aggregateCache") Cache aggregates, List<ForgottenOnErasure> inMemory) {
        return new Erasure(subjects, keys, cipher, readModels, fraudScreen, new TransactionTemplate(transactions),
                aggregates, inMemory);
    }

    /**
     * Migration V47 (ADR 0073), a bean so that Spring Boot's Flyway runs it among the SQL migrations, as the owner,
     * before anything reads the store. It builds its keys and cipher on the migration's own connection.
     */
    @Bean
    JavaMigration storedPlaintextSealing(Clock clock) {
        return new StoredPlaintextSealing(clock);
    }

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataKeys keys, PersonalDataProperties properties) {
        return new PersonalDataCipher(keys, new ObjectMapper(), properties.keyCacheTtl());
    }

    /** The audit's and the live streams' view of stored payloads: sealed fields opened, or erased. */
    @Bean
    SealedFields sealedFields(PersonalDataCipher cipher) {
        ObjectMapper json = new ObjectMapper();
        return payload -> {
            try {
                return json.writeValueAsBytes(PersonalFields.reveal(json.readTree(payload), cipher));
            } catch (IOException notJson) {
                // Only JSON holds envelopes: bytes that are not were written by hand, and are shown as they are.
                return payload;
            }
        };
    }

    /**
     * Static, as a post-processor must be. The cipher is looked up at its first use, not when the serializers
     * are made, so that wrapping them pulls no database into Axon's early beans; and only then (a bean look-up
     * for every message's metadata was 5 % of a command's CPU).
     */
    @Bean
    static BeanPostProcessor sealedPersonalFields(ObjectProvider<PersonalDataCipher> cipher) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (SERIALIZERS.contains(beanName) && bean instanceof Serializer serializer
                        && !(bean instanceof PersonalDataSerializer)) {
                    return new PersonalDataSerializer(serializer, SingletonSupplier.of(cipher::getObject));
                }
                return bean;
            }
        };
    }
}
