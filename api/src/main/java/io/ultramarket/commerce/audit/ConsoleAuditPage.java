package io.ultramarket.commerce.audit;

import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.query.audit.AggregateType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The console's audit page (ADR 0062): the verification of one aggregate's hash chain against the signed
 * checkpoints, {@link AuditController#verify}'s own, for the aggregate the auditor names.
 */
@ConsolePage
class ConsoleAuditPage {

    /** Longer than any aggregate id the store holds (a UUID, or a SKU and warehouse). */
    static final int MAX_ID_LENGTH = 200;

    private final AuditController audit;

    ConsoleAuditPage(AuditController audit) {
        this.audit = audit;
    }

    @GetMapping("/console/audit")
    Mono<String> verify(@RequestParam(name = "type", required = false) AggregateType type,
                        @RequestParam(name = "id", required = false) String id, Model model) {
        model.addAttribute("types", AggregateType.values());
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        if (type == null || id == null || id.isBlank()) {
            return Mono.just("console/audit");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Mono.error(new InvalidParameters(List.of(new FieldError("id", "at most " + MAX_ID_LENGTH + " characters"))));
        }
        return audit.verify(type, id.strip()).map(verification -> {
            model.addAttribute("verification", verification);
            return "console/audit";
        });
    }
}
