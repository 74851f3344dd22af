package io.ultramarket.commerce.projections.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** What the read models' erasures share: the generations' tables, and fields overwritten with {@code erased}. */
public final class ErasedFields {

    /** The parts of an {@link Address} the contract marks personal (all but the country). */
    public static final List<String> ADDRESS_PARTS = Arrays.stream(Address.class.getRecordComponents())
            .filter(part -> part.isAnnotationPresent(PersonalData.class))
            .map(RecordComponent::getName)
            .toList();

    private ErasedFields() {
    }

    /**
     * The physical tables of {@code table} in every generation not yet dropped, e.g. {@code order_view_g2}; a
     * generation whose tables are still being made, or already gone, has none to erase.
     */
    public static List<String> inEveryGeneration(JdbcTemplate jdbc, String projection, String table) {
        return jdbc.queryForList("SELECT generation FROM projection_generation WHERE projection = ? AND state <> 'DROPPED'",
                        Integer.class, projection).stream()
                .map(number -> new Generation(projection, number).table(table))
                .filter(physical -> Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, physical)))
                .toList();
    }

    /** Overwrites each named field of {@code node} that holds a value with {@value PersonalData#ERASED}. */
    public static void erase(JsonNode node, List<String> fields) {
        if (node instanceof ObjectNode object) {
            fields.stream().filter(field -> object.hasNonNull(field)).forEach(field -> object.put(field, PersonalData.ERASED));
        }
    }
}
