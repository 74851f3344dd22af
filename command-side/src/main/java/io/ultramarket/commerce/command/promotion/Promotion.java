package io.ultramarket.commerce.command.promotion;

import io.ultramarket.commerce.schemas.promotion.ActivatePromotion;
import io.ultramarket.commerce.schemas.promotion.ChangePromotionTerms;
import io.ultramarket.commerce.schemas.promotion.CreatePromotion;
import io.ultramarket.commerce.schemas.promotion.DeactivatePromotion;
import io.ultramarket.commerce.schemas.promotion.PromotionActivated;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionDeactivated;
import io.ultramarket.commerce.schemas.promotion.PromotionRedeemed;
import io.ultramarket.commerce.schemas.promotion.PromotionRedemptionReleased;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.PromotionTermsChanged;
import io.ultramarket.commerce.schemas.promotion.RedeemPromotion;
import io.ultramarket.commerce.schemas.promotion.ReleasePromotionRedemption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A promotion and the orders that use it. Its uses are counted here, by the aggregate every redemption goes
 * through: commands to one promotion are handled one at a time (Axon's lock per aggregate in an instance, the
 * event store's unique sequence numbers across instances, where the loser is decided again), so a limit of 10
 * is never passed however many orders try at once (ADR 0066). An order counts once: redeeming again for it
 * changes nothing, and releasing its use gives the use back.
 */
@Aggregate(cache = "aggregateCache")
public class Promotion {

    @AggregateIdentifier
    private UUID promotionId;
    private PromotionTerms terms;
    private boolean active;
    /** The orders holding a use, with their customers. */
    private final Map<UUID, UUID> customerByOrder = new HashMap<>();
    private final Map<UUID, Integer> usesByCustomer = new HashMap<>();

    @CommandHandler
    public Promotion(CreatePromotion command) {
        apply(new PromotionCreated(command.promotionId(), command.couponCode(), command.terms()));
    }

    @CommandHandler
    public void handle(ChangePromotionTerms command) {
        if (!command.terms().equals(terms)) {
            apply(new PromotionTermsChanged(promotionId, command.terms()));
        }
    }

    @CommandHandler
    public void handle(ActivatePromotion command) {
        if (!active) {
            apply(new PromotionActivated(promotionId));
        }
    }

    @CommandHandler
    public void handle(DeactivatePromotion command) {
        if (active) {
            apply(new PromotionDeactivated(promotionId));
        }
    }

    /** The clock is the app's one {@code Clock} bean, which Axon hands to the handler. */
    @CommandHandler
    public void handle(RedeemPromotion command, Clock clock) {
        if (customerByOrder.containsKey(command.orderId())) {
            return;
        }
        Instant now = clock.instant();
        if (!active) {
            throw new PromotionNotRedeemable(promotionId, "it is switched off");
        }
        if (terms.validity().notYetOpenAt(now)) {
            throw new PromotionNotRedeemable(promotionId, "it starts at " + terms.validity().from());
        }
        if (terms.validity().closedAt(now)) {
            throw new PromotionNotRedeemable(promotionId, "it ended at " + terms.validity().until());
        }
        if (!terms.limits().allowsAnotherAfter(customerByOrder.size())) {
            throw new PromotionUsedUp(promotionId, "all", terms.limits().total());
        }
        if (!terms.limits().allowsAnotherForCustomerAfter(usesByCustomer.getOrDefault(command.customerId(), 0))) {
            throw new PromotionUsedUp(promotionId, "the customer's", terms.limits().perCustomer());
        }
        apply(new PromotionRedeemed(promotionId, command.orderId(), command.customerId()));
    }

    @CommandHandler
    public void handle(ReleasePromotionRedemption command) {
        UUID customerId = customerByOrder.get(command.orderId());
        if (customerId != null) {
            apply(new PromotionRedemptionReleased(promotionId, command.orderId(), customerId));
        }
    }

    @EventSourcingHandler
    public void on(PromotionCreated event) {
        promotionId = event.promotionId();
        terms = event.terms();
    }

    @EventSourcingHandler
    public void on(PromotionTermsChanged event) {
        terms = event.terms();
    }

    @EventSourcingHandler
    public void on(PromotionActivated event) {
        active = true;
    }

    @EventSourcingHandler
    public void on(PromotionDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    public void on(PromotionRedeemed event) {
        customerByOrder.put(event.orderId(), event.customerId());
        usesByCustomer.merge(event.customerId(), 1, Integer::sum);
    }

    @EventSourcingHandler
    public void on(PromotionRedemptionReleased event) {
        customerByOrder.remove(event.orderId());
        usesByCustomer.computeIfPresent(event.customerId(), (customer, uses) -> uses == 1 ? null : uses - 1);
    }

    protected Promotion() {
        // Axon rebuilds the promotion from its events through this constructor.
    }
}
