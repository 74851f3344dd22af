package io.ultramarket.commerce.catalog;

import io.ultramarket.commerce.catalog.ProductRequests.ListedPriceRemovalRequest;
import io.ultramarket.commerce.catalog.ProductRequests.ListedPriceRequest;
import io.ultramarket.commerce.catalog.ProductRequests.PriceChangeRequest;
import io.ultramarket.commerce.catalog.ProductRequests.ProductAnswer;
import io.ultramarket.commerce.catalog.ProductRequests.ProductRequest;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.catalog.ProductView;
import io.ultramarket.commerce.query.catalog.Products;
import io.ultramarket.commerce.schemas.catalog.ChangeProductPrice;
import io.ultramarket.commerce.schemas.catalog.CreateProduct;
import io.ultramarket.commerce.schemas.catalog.PublishProduct;
import io.ultramarket.commerce.schemas.catalog.RemoveVariantPrice;
import io.ultramarket.commerce.schemas.catalog.SetVariantPrice;
import io.ultramarket.commerce.schemas.catalog.UnpublishProduct;
import io.ultramarket.commerce.schemas.catalog.UpdateProduct;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog over HTTP: create a product, replace its details and variants, change a price, list and remove
 * prices on price lists, publish and unpublish it, and read it back from the products read model.
 */
@RestController
@RequestMapping(path = "/products", produces = MediaType.APPLICATION_JSON_VALUE)
class ProductController {

    static final String PROJECTION = "products";

    private final CommandDispatcher commands;
    private final Products products;
    private final ReadYourWrites readYourWrites;

    ProductController(CommandDispatcher commands, Products products, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.products = products;
        this.readYourWrites = readYourWrites;
    }

    /** The product, published or not. With a {@code Commerce-Position}, waits (bounded) until the read model has it. */
    @GetMapping("/{productId}")
    Mono<ResponseEntity<ProductView>> product(@PathVariable UUID productId,
                                              @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position) {
        return readYourWrites.answer(PROJECTION, Optional.ofNullable(position), products.byId(productId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("product", productId)));
    }

    /** Creates an unpublished product: 201 with its id and Location. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProductAnswer>> create(@Valid @RequestBody ProductRequest body, CommandContext context) {
        return commands.send(context, body, ctx -> {
            UUID productId = ctx.newId("product");
            var command = new CreateProduct(productId, body.name(), body.description(), body.category(), body.toVariants(),
                    body.taxCategory());
            return new PreparedCommand<>(command, productId.toString(), new ProductAnswer(productId));
        }).map(receipt -> CommandResponses.created(URI.create("/products/" + receipt.answer().productId()), receipt));
    }

    /**
     * Replaces name, description, category, variants and the product's own tax category (none: it follows its catalog
     * category); only differences become events. Every existing SKU must be listed.
     */
    @PutMapping(path = "/{productId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProductAnswer>> update(@PathVariable UUID productId, @Valid @RequestBody ProductRequest body,
                                               CommandContext context) {
        var command = new UpdateProduct(productId, body.name(), body.description(), body.category(), body.toVariants(),
                body.taxCategory());
        return send(context, body, productId, command);
    }

    @PostMapping(path = "/{productId}/prices", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProductAnswer>> changePrice(@PathVariable UUID productId,
                                                    @Valid @RequestBody PriceChangeRequest body, CommandContext context) {
        return send(context, body, productId, new ChangeProductPrice(productId, body.sku(), body.price()));
    }

    /**
     * Lists a variant's price in a currency, optionally for a customer group and a window of time (ADR 0067).
     * A price overlapping another of the same list is {@code 422 overlapping-price-window}.
     */
    @PostMapping(path = "/{productId}/price-list", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProductAnswer>> listPrice(@PathVariable UUID productId,
                                                  @Valid @RequestBody ListedPriceRequest body, CommandContext context) {
        return send(context, body, productId, new SetVariantPrice(productId, body.toPrice()));
    }

    /** Takes a listed price off its list; one that is not there changes nothing. */
    @PostMapping(path = "/{productId}/price-list/removals", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProductAnswer>> removeListedPrice(@PathVariable UUID productId,
                                                          @Valid @RequestBody ListedPriceRemovalRequest body,
                                                          CommandContext context) {
        return send(context, body, productId, new RemoveVariantPrice(productId, body.sku(), body.currency(),
                body.customerGroup(), body.validFrom()));
    }

    @PostMapping("/{productId}/publish")
    Mono<ResponseEntity<ProductAnswer>> publish(@PathVariable UUID productId, CommandContext context) {
        return send(context, productId, productId, new PublishProduct(productId));
    }

    @PostMapping("/{productId}/unpublish")
    Mono<ResponseEntity<ProductAnswer>> unpublish(@PathVariable UUID productId, CommandContext context) {
        return send(context, productId, productId, new UnpublishProduct(productId));
    }

    private Mono<ResponseEntity<ProductAnswer>> send(CommandContext context, Object body, UUID productId, Object command) {
        return commands.send(context, body,
                        ctx -> new PreparedCommand<>(command, productId.toString(), new ProductAnswer(productId)))
                .map(CommandResponses::accepted);
    }
}
