package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ApiAnswerTest {

    @Test
    void aCommandSucceedsOnlyWithItsPosition() {
        ApiAnswer accepted = answer(202, OptionalLong.of(42), Optional.empty(), ApiAnswer.Kind.COMMAND);
        ApiAnswer withoutPosition = answer(202, OptionalLong.empty(), Optional.empty(), ApiAnswer.Kind.COMMAND);

        assertThat(accepted.isSuccess()).isTrue();
        assertThat(accepted.outcome()).isEqualTo("202");
        assertThat(withoutPosition.isSuccess()).isFalse();
        assertThat(withoutPosition.outcome()).isEqualTo("202 without Commerce-Position");
    }

    @Test
    void aReadWithAPositionSaysWhetherItIsCurrent() {
        ApiAnswer current = answer(200, OptionalLong.empty(), Optional.of("current"), ApiAnswer.Kind.FRESH_READ);
        ApiAnswer stale = answer(200, OptionalLong.empty(), Optional.of("stale"), ApiAnswer.Kind.FRESH_READ);
        ApiAnswer silent = answer(200, OptionalLong.empty(), Optional.empty(), ApiAnswer.Kind.FRESH_READ);

        assertThat(current.isSuccess()).isTrue();
        assertThat(current.isCurrent()).isTrue();
        assertThat(current.outcome()).isEqualTo("200 current");
        assertThat(stale.isSuccess()).isTrue();
        assertThat(stale.isCurrent()).isFalse();
        assertThat(stale.outcome()).isEqualTo("200 stale");
        assertThat(silent.isSuccess()).isFalse();
        assertThat(silent.outcome()).isEqualTo("200 without Commerce-Consistency");
    }

    @Test
    void otherAnswersAreJudgedByTheirStatus() {
        assertThat(answer(202, OptionalLong.empty(), Optional.empty(), ApiAnswer.Kind.PLAIN).isSuccess()).isTrue();
        assertThat(answer(404, OptionalLong.empty(), Optional.empty(), ApiAnswer.Kind.PLAIN).isSuccess()).isFalse();
        assertThat(answer(404, OptionalLong.empty(), Optional.empty(), ApiAnswer.Kind.FRESH_READ).outcome())
                .isEqualTo("404");
    }

    @Test
    void aConflictIsRetriedOnlyWhenTheAppCallsItAConcurrentModification() {
        ApiAnswer concurrent = new ApiAnswer("receive stock", 409, OptionalLong.empty(), Optional.empty(),
                "{\"type\":\"/problems/concurrent-modification\"}".getBytes(StandardCharsets.UTF_8),
                ApiAnswer.Kind.COMMAND);
        ApiAnswer exists = new ApiAnswer("register stock", 409, OptionalLong.empty(), Optional.empty(),
                "{\"type\":\"/problems/already-exists\"}".getBytes(StandardCharsets.UTF_8), ApiAnswer.Kind.COMMAND);

        assertThat(concurrent.isConcurrentModification()).isTrue();
        assertThat(exists.isConcurrentModification()).isFalse();
        assertThat(exists.problemType()).isEqualTo("/problems/already-exists");
    }

    private static ApiAnswer answer(int status, OptionalLong position, Optional<String> consistency,
                                    ApiAnswer.Kind kind) {
        return new ApiAnswer("test", status, position, consistency, new byte[0], kind);
    }
}
