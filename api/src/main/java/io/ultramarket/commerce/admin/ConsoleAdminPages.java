package io.ultramarket.commerce.admin;

import io.swagger.v3.oas.annotations.Hidden;
import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.console.ConsoleProperties;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The console's operator pages (ADR 0062): projections with a replay button and the replay's progress (the
 * same stream as {@code GET /admin/projections/{name}/stream}, over the session), and the dead letters and
 * parked orders with their retry. Each action is {@link AdminController}'s own.
 */
@ConsolePage
class ConsoleAdminPages {

    private final AdminController admin;
    private final int pageSize;

    ConsoleAdminPages(AdminController admin, ConsoleProperties properties) {
        this.admin = admin;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/console/projections")
    Mono<String> projections(@RequestParam(name = "replaying", required = false) String replaying, Model model) {
        return admin.projections().map(projections -> {
            model.addAttribute("projections", projections);
            // Only a name from the list: the page's script opens that projection's progress stream.
            model.addAttribute("replaying", projections.stream().map(ProjectionOverview::name)
                    .filter(name -> name.equals(replaying)).findFirst().orElse(null));
            return "console/projections";
        });
    }

    /** Starts the rebuild, and shows the projections page following its progress. */
    @PostMapping("/console/projections/{name}/replay")
    Mono<String> replay(@PathVariable String name) {
        return admin.replay(name).thenReturn("redirect:/console/projections?replaying="
                + UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8));
    }

    /** The console's, not the API's (which is {@code /admin/projections/{name}/stream}): not in the API document. */
    @Hidden
    @GetMapping(path = "/console/projections/{name}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<ReplayProgress>> progress(@PathVariable String name) {
        return admin.replayProgress(name);
    }

    @GetMapping("/console/dead-letters")
    Mono<String> deadLetters(Model model) {
        return admin.deadLetters(pageSize).map(items -> {
            model.addAttribute("items", items);
            return "console/dead-letters";
        });
    }

    @PostMapping("/console/dead-letters/{id}/retry")
    Mono<String> retry(@PathVariable String id) {
        return admin.retry(id).map(answer -> "redirect:/console/dead-letters?retried="
                + UriUtils.encodeQueryParam(id, StandardCharsets.UTF_8) + "&applied=" + answer.get("applied"));
    }
}
