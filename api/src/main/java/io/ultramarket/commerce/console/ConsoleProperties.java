package io.ultramarket.commerce.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console (ADR 0062).
 *
 * @param demoPassword       the password of the embedded default's demo staff at the console's form sign-in
 *                           (the same as the demo users' in {@code scripts/servers.sh}'s Keycloak); only with
 *                           the development issuer, which never runs in production
 * @param oidcRegistration   the id of the {@code spring.security.oauth2.client.registration.*} the console signs
 *                           in through when an external issuer is configured
 * @param pageSize           how many rows a list page shows (orders, the review queue, dead letters)
 */
@ConfigurationProperties("commerce.console")
public record ConsoleProperties(@DefaultValue("demo-password") String demoPassword,
                                @DefaultValue("console") String oidcRegistration,
                                @DefaultValue("50") int pageSize) {

    public ConsoleProperties {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("commerce.console.page-size must be between 1 and 500");
        }
    }
}
