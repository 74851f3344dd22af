package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.cart.CartRequests.AddItemRequest;
import io.ultramarket.commerce.cart.CartRequests.CartAnswer;
import io.ultramarket.commerce.cart.CartRequests.ChangeQuantityRequest;
import io.ultramarket.commerce.cart.CartRequests.CheckoutAnswer;
import io.ultramarket.commerce.cart.CartRequests.CheckoutRequest;
import io.ultramarket.commerce.cart.CartRequests.CreateCartRequest;
import io.ultramarket.commerce.cart.CartRequests.DestinationRequest;
import io.ultramarket.commerce.cart.CartRequests.TotalsAnswer;
import io.ultramarket.commerce.customer.FirstUse;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.pricing.PriceRequest;
import io.ultramarket.commerce.pricing.PriceResolution;
import io.ultramarket.commerce.pricing.PricingProperties;
import io.ultramarket.commerce.promotion.CouponNotApplicable;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.cart.CartView;
import io.ultramarket.commerce.query.cart.Carts;
import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.ChangeCartItemQuantity;
import io.ultramarket.commerce.schemas.cart.ClaimCart;
import io.ultramarket.commerce.schemas.cart.CheckOutCart;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.RemoveItemFromCart;
import io.ultramarket.commerce.schemas.cart.SetCartDestination;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.shipping.ShippingQuotes;
import io.ultramarket.commerce.tax.DestinationNeedsRegion;
import io.ultramarket.commerce.tax.TaxRates;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.security.CartToken;
import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Role;
import io.ultramarket.commerce.web.CommandResponses;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Carts over HTTP: open a cart, change its lines, check it out, and read it back from the carts read model.
 * A customer's cart is opened with their bearer token; a guest's with the cart token it was opened with
 * (ADR 0037), until a customer claims it.
 */
@RestController
@RequestMapping(path = "/carts", produces = MediaType.APPLICATION_JSON_VALUE)
class CartController {

    private static final Logger log = LoggerFactory.getLogger(CartController.class);

    static final String PROJECTION = "carts";

    private final CommandDispatcher commands;
    private final Carts carts;
    private final ReadYourWrites readYourWrites;
    private final Owners owners;
    private final PriceResolution prices;
    private final CurrentPrices currentPrices;
    private final CartCurrency cartCurrency;
    private final Currency defaultCurrency;
    private final CheckoutPricing checkoutPricing;
    private final ShippingQuotes shippingQuotes;
    private final TaxRates taxRates;
    private final String defaultCountry;
    private final Clock clock;
    private final FirstUse firstUse;

    CartController(CommandDispatcher commands, Carts carts, ReadYourWrites readYourWrites, Owners owners,
                   PriceResolution prices, CurrentPrices currentPrices, CartCurrency cartCurrency,
                   PricingProperties pricing, CheckoutPricing checkoutPricing, ShippingQuotes shippingQuotes,
                   TaxRates taxRates, ShippingProperties shippingProperties, Clock clock, FirstUse firstUse) {
        this.defaultCountry = shippingProperties.defaultCountry();
        this.commands = commands;
        this.carts = carts;
        this.readYourWrites = readYourWrites;
        this.owners = owners;
        this.prices = prices;
        this.currentPrices = currentPrices;
        this.cartCurrency = cartCurrency;
        this.defaultCurrency = pricing.defaultCurrency();
        this.checkoutPricing = checkoutPricing;
        this.shippingQuotes = shippingQuotes;
        this.taxRates = taxRates;
        this.clock = clock;
        this.firstUse = firstUse;
    }

    /**
     * The cart with its lines and total. With the {@code Commerce-Position} of the last change, the answer
     * waits (bounded) until the read model shows that change. An open cart shows the shop's current prices,
     * which are those its checkout will pay.
     */
    @GetMapping("/{cartId}")
    Mono<ResponseEntity<CartView>> cart(@PathVariable UUID cartId,
                                        @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
                                        Caller caller) {
        return owners.requireCartAccess(cartId, caller)
                .then(readYourWrites.answer(PROJECTION, Optional.ofNullable(position),
                        carts.byId(cartId).flatMap(currentPrices::of)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("cart", cartId)));
    }

    /**
     * Opens a cart. A signed-in customer's: whose cart it is comes from the token, never from the body. Without
     * a bearer token, a guest's: the answer's {@value CartToken#HEADER} header carries the token that opens it
     * from then on, and only then (the shop keeps its hash), so a guest's cart is not opened again for a
     * repeated Idempotency-Key: a retry opens another empty cart. The cart is priced in the currency the
     * request names, or the shop's default currency.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CartAnswer>> createCart(@Valid @RequestBody(required = false) CreateCartRequest body,
                                                Caller caller, CommandContext context) {
        CreateCartRequest request = body == null ? new CreateCartRequest(null) : body;
        Currency currency = Objects.requireNonNullElse(request.currency(), defaultCurrency);
        if (caller.has(Role.CUSTOMER)) {
            UUID customerId = caller.customerId().orElseThrow();
            return open(context, request, cartId -> new CreateCart(cartId, customerId, currency));
        }
        // Off the event loop: a token's randomness comes from the OS entropy source.
        return Mono.fromCallable(CartToken::generate).subscribeOn(Schedulers.boundedElastic())
                .flatMap(token -> open(context.asGuest(token.guestId()), request,
                        cartId -> CreateCart.forGuest(cartId, token.guestId(), currency))
                        .map(created -> ResponseEntity.status(created.getStatusCode()).headers(created.getHeaders())
                                .header(CartToken.HEADER, token.value()).body(created.getBody())));
    }

    private Mono<ResponseEntity<CartAnswer>> open(CommandContext context, CreateCartRequest request,
                                                  Function<UUID, CreateCart> command) {
        return commands.send(context, request, ctx -> {
            UUID cartId = ctx.newId("cart");
            return new PreparedCommand<>(command.apply(cartId), cartId.toString(), new CartAnswer(cartId));
        }).map(receipt -> CommandResponses.created(URI.create("/carts/" + receipt.answer().cartId()), receipt));
    }

    /**
     * A signed-in customer takes over the guest cart whose {@value CartToken#HEADER} they present, lines and
     * all; the token opens it no more. Claiming one's own cart again is answered as the first time.
     */
    @PostMapping(path = "/{cartId}/claim")
    Mono<ResponseEntity<CartAnswer>> claim(@PathVariable UUID cartId,
                                           @RequestHeader(name = CartToken.HEADER, required = false) String cartToken,
                                           Caller caller, CommandContext context) {
        CartToken token = CartToken.parse(cartToken).orElseThrow(() -> new InvalidParameters(List.of(new FieldError(
                CartToken.HEADER, cartToken == null ? "a claim presents the token of the guest cart it claims"
                        : "a cart token is the 43 characters of base64url that opening the cart answered with"))));
        UUID customerId = caller.customerId().orElseThrow();
        return owners.requireClaimable(cartId, token.guestId(), caller)
                .then(commands.send(context, cartId, ctx -> new PreparedCommand<>(
                        new ClaimCart(cartId, customerId, token.guestId()), cartId.toString(), new CartAnswer(cartId))))
                .map(CommandResponses::accepted);
    }

    /**
     * Puts units of a SKU into the cart at the shop's price in the cart's currency, resolved here (a request
     * naming a price is refused as having an unknown field). A SKU the shop does not sell is
     * {@code 422 sku-not-for-sale}; one it sells, but not in the cart's currency, {@code 422 sku-not-priced-in-currency}.
     */
    @PostMapping(path = "/{cartId}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CartAnswer>> addItem(@PathVariable UUID cartId, @Valid @RequestBody AddItemRequest body,
                                             Caller caller, CommandContext context) {
        return owners.requireOwnCart(cartId, caller)
                .then(cartCurrency.of(cartId))
                .flatMap(currency -> prices.price(body.sku(), priceRequest(caller, currency)))
                .flatMap(price -> commands.send(context, body, ctx -> new PreparedCommand<>(
                        new AddItemToCart(cartId, body.sku(), body.quantity(), price), cartId.toString(),
                        new CartAnswer(cartId))))
                .map(CommandResponses::accepted);
    }

    @PatchMapping(path = "/{cartId}/items/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CartAnswer>> changeQuantity(@PathVariable UUID cartId, @PathVariable Sku sku,
                                                    @Valid @RequestBody ChangeQuantityRequest body,
                                                    Caller caller, CommandContext context) {
        return send(caller, context, body, cartId, new ChangeCartItemQuantity(cartId, sku, body.quantity()));
    }

    @DeleteMapping(path = "/{cartId}/items/{sku}")
    Mono<ResponseEntity<CartAnswer>> removeItem(@PathVariable UUID cartId, @PathVariable Sku sku,
                                                Caller caller, CommandContext context) {
        return send(caller, context, sku, cartId, new RemoveItemFromCart(cartId, sku));
    }

    /**
     * Says where the cart ships to (a country, and a region where the shop taxes by region), so that its rates and
     * taxes can be shown ({@code GET /carts/{id}/totals}) and its checkout is priced for it. A checkout to an address
     * in another country is refused until the destination is changed (ADR 0065).
     */
    @PutMapping(path = "/{cartId}/destination", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CartAnswer>> setDestination(@PathVariable UUID cartId, @Valid @RequestBody DestinationRequest body,
                                                    Caller caller, CommandContext context) {
        Destination destination = body.destination();
        if (taxRates.lacksRegion(destination)) {
            return Mono.error(new DestinationNeedsRegion("region", destination.country(),
                    "name one of its regions it knows, such as NY"));
        }
        return send(caller, context, body, cartId, new SetCartDestination(cartId, destination));
    }

    /**
     * What checking the cart out with {@code shippingOption} (the cheapest without one) and the coupons {@code coupon}
     * (up to {@value CartRequests#MAX_COUPON_CODES}; repeat the parameter) would cost now: the breakdown the cart would
     * compute (lines, subtotal, discounts, shipping, each tax, total) for its destination (the shop's default country
     * until one is set), every shipping option there is for it, and the promotions weighed that do not apply.
     */
    @GetMapping("/{cartId}/totals")
    Mono<TotalsAnswer> totals(@PathVariable UUID cartId,
                              @RequestParam(name = "shippingOption", required = false) @Size(max = 64) String shippingOption,
                              @RequestParam(name = "coupon", required = false)
                              @Size(max = CartRequests.MAX_COUPON_CODES) List<@Size(max = 32) String> coupon,
                              Caller caller) {
        List<CouponCode> codes = couponCodes(coupon);
        return owners.requireCartAccess(cartId, caller)
                .then(checkoutPricing.price(cartId, shippingOption, defaultCountry, "shippingOption", caller.customerId(),
                        clock.instant(), codes))
                .flatMap(priced -> shippingQuotes.options(priced.destination(), priced.contents().totalUnits(),
                                priced.contents().currency())
                        .map(options -> new TotalsAnswer(cartId, priced.destination(), options, priced.totals(),
                                priced.discounts().declined())));
    }

    /** The {@code coupon} parameters as codes, each checked as the checkout's body checks them. */
    private static List<CouponCode> couponCodes(List<String> coupon) {
        if (coupon == null) {
            return List.of();
        }
        try {
            return coupon.stream().map(CouponCode::new).distinct().toList();
        } catch (IllegalArgumentException malformed) {
            throw new InvalidParameters(List.of(new FieldError("coupon", malformed.getMessage())));
        }
    }

    /**
     * Checks the cart out at the shop's current prices: every SKU the cart ever held is priced now, and the
     * cart prices its remaining lines with them (a line no longer for sale is refused there). The shipping option
     * is quoted and the tax rates resolved for the cart's destination (or the address's country when it has none);
     * an option no carrier offers is {@code 422 unknown-shipping-option}. The active promotions and the coupons
     * given are weighed at the checkout's instant and taken off before tax (ADR 0072); a coupon that does not apply is
     * {@code 422 coupon-not-applicable} on {@code couponCodes}. The order is placed from the checkout event by the
     * order-placement policy, so the answer is 202 with the new order's id and where it will be found; the saga
     * redeems the promotions before the payment is asked for.
     */
    @PostMapping(path = "/{cartId}/checkout", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CheckoutAnswer>> checkOut(@PathVariable UUID cartId, @Valid @RequestBody CheckoutRequest body,
                                                  Caller caller, @AuthenticationPrincipal Jwt token,
                                                  CommandContext context) {
        return owners.requireOwnCart(cartId, caller)
                .then(checkoutPricing.price(cartId, body.shippingOption(), body.shippingAddress().country(),
                        "shippingAddress.country", caller.customerId(), clock.instant(), body.codes()))
                .flatMap(priced -> priced.declinedCoupons().isEmpty() ? Mono.just(priced)
                        : Mono.error(new CouponNotApplicable(priced.declinedCoupons())))
                .flatMap(priced -> commands.send(context, body, ctx -> {
                    UUID orderId = ctx.newId("order");
                    var command = new CheckOutCart(cartId, orderId, body.shippingAddress(), priced.shipping(),
                            body.paymentMethod(), List.copyOf(priced.prices().values()), priced.taxRates(),
                            priced.discounts().discounts(), priced.taxExemption().orElse(null));
                    return new PreparedCommand<>(command, cartId.toString(), new CheckoutAnswer(cartId, orderId));
                }))
                .flatMap(receipt -> customerRecordAfter(caller, token, context).thenReturn(receipt))
                .map(receipt -> CommandResponses.acceptedAt(URI.create("/orders/" + receipt.answer().orderId()), receipt));
    }

    /**
     * A customer who checks out has a customer record afterwards (its email is where the order's emails go), even
     * one who never asked for it. Made only once the checkout is accepted, so that a refused checkout changes
     * nothing; the order's emails come long after (the first once payment is authorized). A failure here does not
     * undo the accepted checkout: the record is made at the customer's next use.
     */
    private Mono<Void> customerRecordAfter(Caller caller, Jwt token, CommandContext context) {
        if (token == null || !caller.has(Role.CUSTOMER)) {
            return Mono.empty(); // a guest has no record (ADR 0037)
        }
        return firstUse.ensureRegistered(caller.customerId().orElseThrow(), token, context)
                .then()
                .onErrorResume(failure -> {
                    log.warn("The customer record of {} was not made after their checkout: {}",
                            caller.customerId().orElseThrow(), failure.toString());
                    return Mono.empty();
                });
    }

    private PriceRequest priceRequest(Caller caller, Currency currency) {
        return new PriceRequest(caller.customerId(), currency, clock.instant());
    }

    /** A change to a cart, which only its customer may make; anyone else is told there is no such cart. */
    private Mono<ResponseEntity<CartAnswer>> send(Caller caller, CommandContext context, Object body, UUID cartId,
                                                  Object command) {
        return owners.requireOwnCart(cartId, caller)
                .then(commands.send(context, body,
                        ctx -> new PreparedCommand<>(command, cartId.toString(), new CartAnswer(cartId))))
                .map(CommandResponses::accepted);
    }
}
