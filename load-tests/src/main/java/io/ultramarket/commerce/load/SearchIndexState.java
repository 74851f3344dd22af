package io.ultramarket.commerce.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@code GET /admin/search} says: the index the alias points at, and each generation's counts. */
record SearchIndexState(List<String> aliased, List<Generation> generations) {

    record Generation(int number, String state, String index, long documents, long pending, long indexed) {

        /** Every document is in Elasticsearch and searchable, and the alias points here. */
        boolean isLive(List<String> aliased) {
            return aliased.contains(index) && pending == 0 && indexed >= documents;
        }
    }

    static SearchIndexState parse(byte[] body) {
        JsonNode root = Json.read(body);
        List<String> aliased = new ArrayList<>();
        root.path("aliasedIndices").forEach(name -> aliased.add(name.asText()));
        List<Generation> generations = new ArrayList<>();
        root.path("generations").forEach(generation -> generations.add(new Generation(generation.path("generation").asInt(),
                generation.path("state").asText(), generation.path("index").asText(),
                generation.path("documents").asLong(), generation.path("pending").asLong(),
                generation.path("indexed").asLong(-1))));
        return new SearchIndexState(List.copyOf(aliased), List.copyOf(generations));
    }

    Optional<Generation> active() {
        return generations.stream().filter(generation -> generation.state().equals("ACTIVE")).findFirst();
    }

    Optional<Generation> generation(int number) {
        return generations.stream().filter(generation -> generation.number() == number).findFirst();
    }

    /** The generation whose index is {@code index}, as far as it is built. */
    Optional<Generation> indexed(String index) {
        return generations.stream().filter(generation -> generation.index().equals(index)).findFirst();
    }

    String describe() {
        return "alias on " + aliased + ", " + generations.stream().map(generation -> "generation " + generation.number()
                + " " + generation.state() + ": " + generation.documents() + " documents, " + generation.pending()
                + " pending, " + generation.indexed() + " indexed").toList();
    }
}
