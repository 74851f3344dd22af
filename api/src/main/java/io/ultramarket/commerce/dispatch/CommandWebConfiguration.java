package io.ultramarket.commerce.dispatch;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

@Configuration(proxyBeanMethods = false)
class CommandWebConfiguration implements WebFluxConfigurer {

    CommandWebConfiguration() {
        // The context is built from headers and the principal; it is not a request parameter to document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new CommandContextResolver());
    }
}
