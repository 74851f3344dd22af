package io.ultramarket.commerce.customer;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.schemas.customer.GrantCustomerTaxExemption;
import io.ultramarket.commerce.schemas.customer.RevokeCustomerTaxExemption;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Staff (support, admin) mark a customer tax-exempt on evidence, and unmark them (ADR 0075): an exempt customer's
 * cart totals and checkouts carry no tax. The customer must have a record (made at their first use of the shop):
 * otherwise 404.
 */
@RestController
class CustomerTaxExemptionController {

    /** What the exemption rests on, such as a business's VAT id and how it was checked. */
    record TaxExemptionRequest(@NotBlank @Size(max = GrantCustomerTaxExemption.MAX_EVIDENCE) String evidence) {
    }

    record TaxExemptionAnswer(UUID customerId, boolean taxExempt) {
    }

    private final CommandDispatcher commands;

    CustomerTaxExemptionController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PutMapping(path = "/customers/{customerId}/tax-exemption", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TaxExemptionAnswer>> grantTaxExemption(@PathVariable UUID customerId,
                                                               @Valid @RequestBody TaxExemptionRequest body,
                                                               CommandContext context) {
        return commands.send(context, body, ctx -> new PreparedCommand<>(
                        new GrantCustomerTaxExemption(customerId, body.evidence()), customerId.toString(),
                        new TaxExemptionAnswer(customerId, true)))
                .map(CommandResponses::accepted);
    }

    @DeleteMapping(path = "/customers/{customerId}/tax-exemption", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TaxExemptionAnswer>> revokeTaxExemption(@PathVariable UUID customerId, CommandContext context) {
        return commands.send(context, customerId, ctx -> new PreparedCommand<>(
                        new RevokeCustomerTaxExemption(customerId), customerId.toString(),
                        new TaxExemptionAnswer(customerId, false)))
                .map(CommandResponses::accepted);
    }
}
