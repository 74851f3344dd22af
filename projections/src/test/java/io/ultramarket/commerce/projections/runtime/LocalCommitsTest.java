package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A read waiting for its own write hears of it when this instance's processor committed that very event. */
class LocalCommitsTest {

    private final LocalCommits commits = new LocalCommits();
    private final MessageHandlerInterceptor<EventMessage<?>> carts = commits.reporter("carts-g1");

    @Test
    void aWaiterHearsOfItsEventOnceTheUnitOfWorkThatHandledItCommitted() throws Exception {
        AtomicBoolean heard = new AtomicBoolean();
        commits.committed("carts-g1", 42).subscribe(null, null, () -> heard.set(true));

        AtomicBoolean heardWhileHandling = new AtomicBoolean();
        AtomicBoolean heardAtCommit = new AtomicBoolean();

        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(eventAt(42));
        unitOfWork.onCommit(committing -> heardAtCommit.set(heard.get()));
        unitOfWork.executeWithResult(() -> {
            Object handled = carts.handle(unitOfWork, () -> null);
            heardWhileHandling.set(heard.get());
            return handled;
        });

        assertThat(heardWhileHandling).isFalse();
        assertThat(heardAtCommit).as("while its transaction commits").isFalse();
        assertThat(heard).isTrue();
        assertThat(commits.waiting()).isZero();
    }

    @Test
    void aRolledBackHandlingIsNotReported() throws Exception {
        AtomicBoolean heard = new AtomicBoolean();
        commits.committed("carts-g1", 7).subscribe(null, null, () -> heard.set(true));

        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(eventAt(7));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> carts.handle(unitOfWork, () -> {
            throw new IllegalStateException("the read model refused it");
        }));

        assertThat(result.exceptionResult()).isInstanceOf(IllegalStateException.class);
        assertThat(unitOfWork.isRolledBack()).isTrue();
        assertThat(heard).isFalse();
        assertThat(commits.waiting()).as("still waiting: the poll of the token store may answer it").isOne();
    }

    @Test
    void onlyTheSameProcessorAndPositionAnswer() {
        AtomicBoolean heard = new AtomicBoolean();
        commits.committed("carts-g1", 10).subscribe(null, null, () -> heard.set(true));

        commits.report("carts-g2", 10);
        commits.report("carts-g1", 11);
        assertThat(heard).isFalse();

        commits.report("carts-g1", 10);
        assertThat(heard).isTrue();
    }

    @Test
    void everyWaiterOfAPositionIsAnsweredAndAWaiterThatGaveUpIsForgotten() {
        AtomicBoolean first = new AtomicBoolean();
        AtomicBoolean second = new AtomicBoolean();
        commits.committed("orders-g1", 5).subscribe(null, null, () -> first.set(true));
        commits.committed("orders-g1", 5).subscribe(null, null, () -> second.set(true));
        Disposable gaveUp = commits.committed("orders-g1", 6).subscribe();
        assertThat(commits.waiting()).isEqualTo(3);

        gaveUp.dispose();
        commits.report("orders-g1", 5);

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(commits.waiting()).isZero();
    }

    @Test
    void aCommitMadeBeforeTheReadArrivedAnswersItAtOnceUntilTheProcessorIsForgotten() {
        commits.report("carts-g1", 99);
        AtomicBoolean heard = new AtomicBoolean();

        commits.committed("carts-g1", 99).subscribe(null, null, () -> heard.set(true));
        assertThat(heard).as("on subscribing").isTrue();
        assertThat(commits.waiting()).isZero();

        commits.forget("carts-g1");
        AtomicBoolean heardAfterForgetting = new AtomicBoolean();
        commits.committed("carts-g1", 99).subscribe(null, null, () -> heardAfterForgetting.set(true));
        assertThat(heardAfterForgetting).isFalse();
    }

    @Test
    void onlyTheLastPositionsAreRemembered() {
        for (long position = 1; position <= LocalCommits.REMEMBERED + 1; position++) {
            commits.report("stock-levels-g1", position);
        }
        AtomicBoolean oldest = new AtomicBoolean();
        AtomicBoolean newest = new AtomicBoolean();

        commits.committed("stock-levels-g1", 1).subscribe(null, null, () -> oldest.set(true));
        commits.committed("stock-levels-g1", LocalCommits.REMEMBERED + 1).subscribe(null, null, () -> newest.set(true));

        assertThat(oldest).as("overwritten: the token store answers it").isFalse();
        assertThat(newest).isTrue();
    }

    private static EventMessage<?> eventAt(long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("ItemAddedToCart"));
    }
}
