package io.ultramarket.commerce.projections.readmodel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The erasure of a read model that keeps personal fields in a jsonb document: in every generation, each row a
 * subject names (locked while it is rewritten) has its document erased by {@code erase} and written back.
 */
public final class ErasedDocuments implements PersonalDataErasure {

    private static final TypeReference<JsonNode> TREE = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String projection;
    private final String table;
    private final String idColumn;
    private final String documentColumn;
    private final List<String> subjectColumns;
    private final Consumer<JsonNode> erase;

    /**
     * @param table          the plain table name, e.g. {@code order_view}
     * @param subjectColumns the columns any of which may hold a subject's id, e.g. {@code customer_id}
     * @param erase          overwrites, in place, a document's personal fields ({@link ErasedFields#erase})
     */
    public ErasedDocuments(JdbcTemplate jdbc, JsonColumns json, String projection, String table, String idColumn,
                           String documentColumn, List<String> subjectColumns, Consumer<JsonNode> erase) {
        this.jdbc = jdbc;
        this.json = json;
        this.projection = projection;
        this.table = table;
        this.idColumn = idColumn;
        this.documentColumn = documentColumn;
        this.subjectColumns = List.copyOf(subjectColumns);
        this.erase = erase;
    }

    @Override
    public void erase(Collection<UUID> subjects) {
        String named = String.join(" = ? OR ", subjectColumns) + " = ?";
        for (String generationTable : ErasedFields.inEveryGeneration(jdbc, projection, table)) {
            String select = "SELECT " + idColumn + ", " + documentColumn + "::text FROM " + generationTable
                    + " WHERE " + named + " FOR UPDATE";
            String update = "UPDATE " + generationTable + " SET " + documentColumn + " = ?::jsonb WHERE " + idColumn + " = ?";
            for (UUID subject : subjects) {
                jdbc.query(select, row -> {
                    JsonNode document = json.read(row.getString(2), TREE);
                    erase.accept(document);
                    jdbc.update(update, json.write(document), row.getObject(1));
                }, Collections.nCopies(subjectColumns.size(), subject).toArray());
            }
        }
    }
}
