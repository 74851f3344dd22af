package io.ultramarket.commerce.live.badexample;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Flux;

import java.time.Duration;

/** Breaks "streams end when the app stops": its ticks go on until the client leaves, through any stop. */
public class StreamThatHoldsTheStop {

    @GetMapping(path = "/ticks", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Long>> ticks() {
        return Flux.interval(Duration.ofSeconds(1)).map(tick -> ServerSentEvent.builder(tick).build());
    }
}
