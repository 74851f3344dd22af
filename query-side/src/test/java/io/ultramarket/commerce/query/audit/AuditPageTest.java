package io.ultramarket.commerce.query.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditPageTest {

    @Test
    void aFullPageNamesTheLastPositionAsTheNextCursor() {
        AuditPage page = AuditPage.of(eventsAt(3, 5, 8), 2);

        assertThat(page.events()).extracting(AuditEvent::position).containsExactly(3L, 5L);
        assertThat(page.next()).isEqualTo(5L);
    }

    @Test
    void theLastPageHasNoNextCursor() {
        assertThat(AuditPage.of(eventsAt(3, 5), 2).next()).isNull();
        assertThat(AuditPage.of(List.of(), 2).next()).isNull();
    }

    @Test
    void aPageHoldsOneToAThousandEventsAfterANonNegativePosition() {
        assertThat(new AuditPageRequest(0, 1000).limit()).isEqualTo(1000);
        assertThatThrownBy(() -> new AuditPageRequest(0, 1001)).hasMessage("limit must be between 1 and 1000, was 1001");
        assertThatThrownBy(() -> new AuditPageRequest(0, 0)).hasMessage("limit must be between 1 and 1000, was 0");
        assertThatThrownBy(() -> new AuditPageRequest(-1, 10)).hasMessage("after must not be negative, was -1");
    }

    private static List<AuditEvent> eventsAt(long... positions) {
        return LongStream.of(positions)
                .mapToObj(position -> new AuditEvent(position, "Cart", "a", 0, "e" + position, "CartCreated", "1",
                        Instant.EPOCH, null, null, "00"))
                .toList();
    }
}
