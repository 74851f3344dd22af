package io.ultramarket.commerce.dispatch;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.ultramarket.commerce.eventstore.EventStorePositions;
import io.ultramarket.commerce.idempotency.IdempotencyMetadata;
import io.ultramarket.commerce.idempotency.RequestFingerprint;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The one place where HTTP hands a command to Axon. Axon's command bus and the JDBC event store block, so
 * everything here runs on a bounded pool of command workers, never on a Netty thread.
 */
@Component
public class CommandDispatcher implements DisposableBean {

    private final CommandGateway gateway;
    private final EventStorePositions positions;
    private final RequestFingerprint fingerprint;
    private final Scheduler workers;
    private final int conflictAttempts;
    private final ContextSnapshotFactory threadLocals = ContextSnapshotFactory.builder().build();

    CommandDispatcher(CommandGateway gateway, EventStorePositions positions, RequestFingerprint fingerprint,
                      CommandProperties properties) {
        this.gateway = gateway;
        this.positions = positions;
        this.fingerprint = fingerprint;
        this.workers = Schedulers.newBoundedElastic(properties.threads(), properties.queueCapacity(), "command");
        this.conflictAttempts = properties.conflictAttempts();
    }

    /**
     * Prepares the command on a worker (ids are generated there), sends it with the audit and idempotency
     * metadata, waits for it to commit, and reports the highest event-store position its appends took (the
     * aggregate's newest when it appended nothing).
     *
     * @param request the request body as received; with an Idempotency-Key it is fingerprinted together
     *                with the request line
     */
    public <T> Mono<CommandReceipt<T>> send(CommandContext context, Object request,
                                            Function<CommandContext, PreparedCommand<T>> prepare) {
        return send(context, request, prepare, Map.of());
    }

    /** As above, with more metadata for the command's interceptors (such as a webhook delivery's event id). */
    public <T> Mono<CommandReceipt<T>> send(CommandContext context, Object request,
                                            Function<CommandContext, PreparedCommand<T>> prepare,
                                            Map<String, ?> moreMetaData) {
        // The request's observation (its trace) lives in the Reactor context, not on the worker's thread: it is
        // set there for the command's time, so that Axon's dispatch span is its child and the trace goes on
        // into the command's events (ADR 0060).
        return Mono.deferContextual(reactorContext -> Mono.fromCallable(() -> {
            try (ContextSnapshot.Scope requestTrace = threadLocals.setThreadLocalsFrom(reactorContext)) {
                PreparedCommand<T> prepared = prepare.apply(context);
                OptionalLong appended = sendRetryingLostRaces(GenericCommandMessage.asCommandMessage(prepared.command())
                        .withMetaData(metaDataFor(context, request)).andMetaData(moreMetaData));
                // A command that appended nothing (an idempotent repeat, a change to what already was) answers
                // with where its aggregate stands.
                return new CommandReceipt<>(prepared.answer(),
                        appended.isPresent() ? appended : positions.latestOf(prepared.aggregateIdentifier()));
            }
        }).subscribeOn(workers));
    }

    /**
     * Another instance may append to the aggregate at the same moment, after the aggregate cache found this
     * instance's copy current (ADR 0055, 0077): the append fails with a ConcurrencyException, the rollback took the idempotency claim and
     * the cached copy with it, and the command is decided again on the stored state, as if it had come a
     * moment later. Nothing else is retried: a refusal of the domain stands. Answers the highest position the
     * successful attempt's appends took.
     */
    private OptionalLong sendRetryingLostRaces(CommandMessage<?> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                // Each attempt's own appends: a lost race's rolled back with it.
                return positions.appendedBy(() -> gateway.sendAndWait(command));
            } catch (ConcurrencyException lostRace) {
                if (attempt >= conflictAttempts) {
                    throw lostRace;
                }
            }
        }
    }

    private MetaData metaDataFor(CommandContext context, Object request) {
        Map<String, Object> metaData = new HashMap<>();
        String correlationId = context.correlationId().orElseGet(() -> context.newId("correlation").toString());
        metaData.put(CommerceMetadata.PRINCIPAL, context.principal());
        metaData.put(CommerceMetadata.PRINCIPAL_ROLES, String.join(",", context.roles()));
        context.principalName().ifPresent(name -> metaData.put(CommerceMetadata.PRINCIPAL_NAME, name));
        context.clientId().ifPresent(client -> metaData.put(CommerceMetadata.CLIENT_ID, client));
        metaData.put(CommerceMetadata.CORRELATION_ID, correlationId);
        // A request from outside has no causing message: the request itself is the cause.
        metaData.put(CommerceMetadata.CAUSATION_ID, correlationId);
        context.idempotencyKey().ifPresent(key -> {
            metaData.put(IdempotencyMetadata.KEY, key);
            metaData.put(IdempotencyMetadata.SCOPE, context.principal());
            metaData.put(IdempotencyMetadata.REQUEST_HASH,
                    fingerprint.of(context.method(), context.path(), request));
        });
        return MetaData.from(metaData);
    }

    @Override
    public void destroy() {
        workers.dispose();
    }
}
