package io.ultramarket.commerce.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.json.Jackson2JsonDecoder;

import java.util.List;

/**
 * Request bodies are read strictly: an unknown field, a fraction where a count belongs or trailing content
 * is a 400 naming the field, not a silently ignored typo. Stored events keep the lenient mapper, so that an
 * older reader can still load a newer event shape. Modules marked {@link RequestBodyModule} (bounded
 * amounts) apply to request bodies only, for the same reason.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    CodecCustomizer strictJsonRequests(ObjectMapper objectMapper, List<RequestBodyModule> requestModules) {
        ObjectMapper strict = objectMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        requestModules.stream().map(RequestBodyModule::module).forEach(strict::registerModule);
        return codecs -> codecs.defaultCodecs().jackson2JsonDecoder(new Jackson2JsonDecoder(strict));
    }
}
