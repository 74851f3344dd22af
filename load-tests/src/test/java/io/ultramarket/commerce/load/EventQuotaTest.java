package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EventQuotaTest {

    @Test
    void claimsStopWhenTheWantedEventsAreProducedOrOnTheirWay() {
        EventQuota quota = new EventQuota(3, 10);

        assertThat(quota.claim()).isTrue();
        assertThat(quota.claim()).isTrue();
        assertThat(quota.claim()).isTrue();
        assertThat(quota.claim()).isFalse();
        quota.stored();
        quota.stored();
        quota.stored();

        assertThat(quota.claim()).isFalse();
        assertThat(quota.isMet()).isTrue();
        assertThat(quota.produced()).isEqualTo(3);
    }

    @Test
    void aFailedEventCanBeClaimedAgain() {
        EventQuota quota = new EventQuota(1, 10);
        assertThat(quota.claim()).isTrue();
        assertThat(quota.claim()).isFalse();

        quota.failed();

        assertThat(quota.claim()).isTrue();
        quota.stored();
        assertThat(quota.isMet()).isTrue();
        assertThat(quota.failures()).isEqualTo(1);
    }

    @Test
    void eventsStoredBeforehandCountTowardsTheQuota() {
        EventQuota quota = new EventQuota(250, 10);

        quota.producedUnclaimed(200);

        int claims = 0;
        while (quota.claim()) {
            claims++;
        }
        assertThat(claims).isEqualTo(50);
        assertThat(new EventQuota(0, 1).claim()).isFalse();
    }

    @Test
    void tooManyFailuresEndTheClaims() {
        EventQuota quota = new EventQuota(100, 2);
        quota.claim();
        quota.failed();
        quota.claim();
        quota.failed();

        assertThat(quota.gaveUp()).isTrue();
        assertThat(quota.claim()).isFalse();
        assertThat(quota.isMet()).isFalse();
    }

    @Test
    void onlyAClaimCanBeSettled() {
        assertThatIllegalStateException().isThrownBy(() -> new EventQuota(5, 1).stored());
    }
}
