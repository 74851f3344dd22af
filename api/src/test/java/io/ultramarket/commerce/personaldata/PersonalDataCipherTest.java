package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each thread's cipher is used again for every field, under whichever key and nonce the field needs. */
class PersonalDataCipherTest {

    private final KeysHeldInMemory keys = new KeysHeldInMemory();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys, new ObjectMapper(), Duration.ofMinutes(1));

    @Test
    void envelopesUnderSeveralKeysSealedAndOpenedInTurnOnOneThreadReadBack() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();

        JsonNode first = cipher.seal(ada, TextNode.valueOf("Ada Lovelace"));
        JsonNode other = cipher.seal(bob, TextNode.valueOf("Bob Builder"));
        JsonNode again = cipher.seal(ada, TextNode.valueOf("Ada Lovelace"));

        assertThat(cipher.open(again).asText()).isEqualTo("Ada Lovelace");
        assertThat(cipher.open(other).asText()).isEqualTo("Bob Builder");
        assertThat(cipher.open(first).asText()).isEqualTo("Ada Lovelace");
        assertThat(again.get(PersonalDataCipher.CT)).isNotEqualTo(first.get(PersonalDataCipher.CT));
    }

    @Test
    void threadsSealingAndOpeningAtOnceEachReadTheirOwnValues() throws Exception {
        List<UUID> subjects = IntStream.range(0, 3).mapToObj(any -> UUID.randomUUID()).toList();
        // The in-memory key store is not made for threads: the keys exist before they start.
        subjects.forEach(subject -> cipher.open(cipher.seal(subject, TextNode.valueOf("warm-up"))));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int number = thread;
                results.add(threads.submit(() -> IntStream.range(0, 200)
                        .mapToObj(field -> {
                            String value = "thread " + number + " field " + field;
                            return cipher.open(cipher.seal(subjects.get(field % subjects.size()), TextNode.valueOf(value)))
                                    .asText().equals(value) ? "read back" : value;
                        })
                        .toList()));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).hasSize(200).containsOnly("read back");
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
