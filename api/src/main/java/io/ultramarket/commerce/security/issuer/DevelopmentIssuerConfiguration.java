package io.ultramarket.commerce.security.issuer;

import io.ultramarket.commerce.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.time.Clock;

/**
 * Runs the development issuer when no external issuer is configured, and refuses to start in a production
 * profile: a shop in production must name its identity provider.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalIssuer.class)
@EnableConfigurationProperties(DevelopmentIssuerProperties.class)
class DevelopmentIssuerConfiguration {

    static final Profiles PRODUCTION = Profiles.of("prod", "production");
    private static final Logger log = LoggerFactory.getLogger(DevelopmentIssuerConfiguration.class);

    @Bean
    DevelopmentIssuer developmentIssuer(DevelopmentIssuerProperties properties, SecurityProperties security,
                                        Environment environment, Clock clock) {
        if (environment.acceptsProfiles(PRODUCTION)) {
            throw new IllegalStateException("The development issuer does not run in a production profile: set "
                    + NoExternalIssuer.ISSUER_URI + " to the shop's OIDC issuer");
        }
        log.warn("No OIDC issuer configured ({}): the development issuer signs tokens for demo users with the key in {}."
                + " Not for production.", NoExternalIssuer.ISSUER_URI, properties.keyFile().toAbsolutePath());
        return DevelopmentIssuer.withKeyFile(properties, security.audience(), security.rolesClaim(), clock);
    }
}
