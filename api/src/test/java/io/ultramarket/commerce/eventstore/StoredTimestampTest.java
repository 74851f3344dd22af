package io.ultramarket.commerce.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event table's timestamps read as Axon's parser reads them, whatever their shape. */
class StoredTimestampTest {

    @Test
    void everyInstantAxonWritesIsReadBackAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(20261206);
        long from = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochMilli(random.nextLong(from, to)));
            assertThat(StoredTimestamp.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06T08:34:36.123Z", "2024-02-29T23:59:59.999Z", "2026-12-06T09:34:36.123+01:00",
            "2026-12-06T08:34:36.123456Z", "2026-12-06T08:34:36Z", "2026-12-06t08:34:36.123z", "1969-12-31T23:59:59.999Z"})
    void anyShapeAxonsParserReadsIsReadTheSame(String stored) {
        assertThat(StoredTimestamp.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-06T08:34:36.123Z", "2026-02-30T08:34:36.123Z", "2026-12-06T24:00:00.000Z",
            "2026-12-06T08:60:36.123Z", "2026-12-06T08:34:61.123Z", "2026-12-06 08:34:36.123Z", "12026-12-06T08:34:36.123Z",
            "", "not a time"})
    void whatAxonsParserRefusesIsRefused(String stored) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimestamp.parse(stored)).isInstanceOf(DateTimeException.class);
    }
}
