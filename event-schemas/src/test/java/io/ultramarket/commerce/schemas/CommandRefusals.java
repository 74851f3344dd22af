package io.ultramarket.commerce.schemas;

import io.ultramarket.commerce.schemas.common.InvalidCommand;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the command records' tests expect of a refusal: the command is never built, and the refusal is
 * answered as the aggregates' exceptions were before ADR 0050 (422, the same problem type and title).
 */
public final class CommandRefusals {

    private CommandRefusals() {
    }

    public static void assertRefused(ThrowingCallable building, String slug, String title, String detail) {
        assertThatThrownBy(building).isInstanceOfSatisfying(InvalidCommand.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(422);
            assertThat(refusal.slug()).isEqualTo(slug);
            assertThat(refusal.title()).isEqualTo(title);
            assertThat(refusal).hasMessage(detail);
        });
    }
}
