package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.WebFilterChainProxy;

import java.util.List;

/**
 * Spring Security's firewall refuses request paths that are ambiguous to route (encoded slashes, "//",
 * "%25", backslashes, control characters) with a bare 400. The fuzz test found those answers: they are
 * problem+json like every other refusal, naming the path as the field.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejections {

    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems(ObjectProvider<ObjectMapper> json) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    ProblemWriter problems = new ProblemWriter(json.getObject());
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> problems.write(exchange,
                            ProblemWriter.withErrors(ProblemWriter.problem(exchange, HttpStatus.BAD_REQUEST,
                                            "invalid-request", "Invalid request",
                                            "the request is invalid: see errors for each field"),
                                    List.of(new FieldError("$path", rejected.getMessage())))));
                }
                return bean;
            }
        };
    }
}
