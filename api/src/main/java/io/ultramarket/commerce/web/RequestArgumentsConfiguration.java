package io.ultramarket.commerce.web;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandContextResolver;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.security.CallerResolver;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Route arguments built from the request rather than read from it: who calls, and a command's context. */
@Configuration(proxyBeanMethods = false)
class RequestArgumentsConfiguration implements WebFluxConfigurer {

    RequestArgumentsConfiguration() {
        // They come from the token and the headers; they are not request parameters to document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class, Caller.class);
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new CommandContextResolver());
        configurer.addCustomResolver(new CallerResolver());
    }
}
