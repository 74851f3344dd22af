package io.ultramarket.commerce.security;

import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import io.ultramarket.commerce.security.issuer.NoExternalIssuer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Clock;

/** The token decoder: the external issuer's keys when one is configured, the development issuer's otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class TokenDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, Environment environment,
                                  ObjectProvider<DevelopmentIssuer> developmentIssuer, WebClient.Builder web,
                                  Clock clock) {
        String externalIssuer = environment.getProperty(NoExternalIssuer.ISSUER_URI);
        if (StringUtils.hasText(externalIssuer)) {
            return TokenDecoders.decoder(new IssuerKeys(web.build(), externalIssuer, properties.jwks(), clock), externalIssuer,
                    properties, clock);
        }
        DevelopmentIssuer issuer = developmentIssuer.getObject();
        return TokenDecoders.decoder(VerificationKeys.fixed(issuer.publicKeys()), issuer.issuer(),
                properties, clock);
    }
}
