package io.ultramarket.commerce.customer;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.customer.CustomerView;
import io.ultramarket.commerce.query.customer.CustomerView.BookedAddress;
import io.ultramarket.commerce.query.customer.Customers;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.customer.AddCustomerAddress;
import io.ultramarket.commerce.schemas.customer.ChangeCustomerAddress;
import io.ultramarket.commerce.schemas.customer.RemoveCustomerAddress;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.web.CommandResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The calling customer's record and address book. Whose it is comes from the token alone ({@code me});
 * the record is made on first use, with the token's email and name.
 */
@RestController
@RequestMapping(path = "/customers/me", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerController {

    static final String PROJECTION = "customers";

    private final FirstUse firstUse;
    private final CommandDispatcher commands;
    private final Customers customers;
    private final ReadYourWrites readYourWrites;

    CustomerController(FirstUse firstUse, CommandDispatcher commands, Customers customers, ReadYourWrites readYourWrites) {
        this.firstUse = firstUse;
        this.commands = commands;
        this.customers = customers;
        this.readYourWrites = readYourWrites;
    }

    record AddressAnswer(UUID addressId) {
    }

    /** Who the caller is to the shop; with a {@code Commerce-Position}, waits for that change to show. */
    @GetMapping
    Mono<ResponseEntity<CustomerView>> me(@RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
                                         Caller caller, @AuthenticationPrincipal Jwt token, CommandContext context) {
        return read(caller, token, context, position, Mono::just);
    }

    @GetMapping("/addresses")
    Mono<ResponseEntity<List<BookedAddress>>> addresses(
            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
            Caller caller, @AuthenticationPrincipal Jwt token, CommandContext context) {
        return read(caller, token, context, position, customer -> Mono.just(customer.addresses()));
    }

    /** Puts an address into the book: 201 with its id, under which it is changed or removed. */
    @PostMapping(path = "/addresses", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<AddressAnswer>> addAddress(@RequestBody Address address, Caller caller,
                                                   @AuthenticationPrincipal Jwt token, CommandContext context) {
        UUID customerId = caller.customerId().orElseThrow();
        return firstUse.ensureRegistered(customerId, token, context)
                .then(commands.send(context, address, ctx -> {
                    UUID addressId = ctx.newId("address");
                    return new PreparedCommand<>(new AddCustomerAddress(customerId, addressId, address),
                            customerId.toString(), new AddressAnswer(addressId));
                }))
                .map(receipt -> CommandResponses.created(
                        URI.create("/customers/me/addresses/" + receipt.answer().addressId()), receipt));
    }

    @PutMapping(path = "/addresses/{addressId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<AddressAnswer>> changeAddress(@PathVariable UUID addressId, @RequestBody Address address,
                                                      Caller caller, CommandContext context) {
        UUID customerId = caller.customerId().orElseThrow();
        return change(customerId, context, address, addressId,
                new ChangeCustomerAddress(customerId, addressId, address));
    }

    @DeleteMapping("/addresses/{addressId}")
    Mono<ResponseEntity<AddressAnswer>> removeAddress(@PathVariable UUID addressId, Caller caller,
                                                      CommandContext context) {
        UUID customerId = caller.customerId().orElseThrow();
        return change(customerId, context, addressId, addressId, new RemoveCustomerAddress(customerId, addressId));
    }

    /**
     * A change to an address that must exist: a customer without a record has none, so the command meets no
     * customer (404) and nothing is registered by a request that is refused.
     */
    private Mono<ResponseEntity<AddressAnswer>> change(UUID customerId, CommandContext context, Object body,
                                                       UUID addressId, Object command) {
        return commands.send(context, body, ctx -> new PreparedCommand<>(command, customerId.toString(),
                        new AddressAnswer(addressId)))
                .map(CommandResponses::accepted);
    }

    private static Optional<Long> latest(Optional<Long> registration, Long position) {
        return Optional.ofNullable(position).map(named -> registration.map(made -> Math.max(made, named)).orElse(named))
                .or(() -> registration);
    }

    private <T> Mono<ResponseEntity<T>> read(Caller caller, Jwt token, CommandContext context, Long position,
                                             Function<CustomerView, Mono<T>> answer) {
        UUID customerId = caller.customerId().orElseThrow();
        // A position no command answered is refused before the first use registers anyone.
        return readYourWrites.refuseBeyondHead(position)
                .then(Mono.defer(() -> firstUse.ensureRegistered(customerId, token, context)))
                // Wait for whichever is later: the registration, or the change the client names.
                .flatMap(registration -> readYourWrites.answer(PROJECTION, latest(registration, position),
                        customers.byId(customerId).flatMap(answer)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("customer", customerId)));
    }
}
