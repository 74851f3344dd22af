package io.ultramarket.commerce.security.issuer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The development issuer, which runs only when no external issuer is configured.
 *
 * @param issuer        the {@code iss} of its tokens
 * @param keyFile       where its RSA signing key is kept (generated on the first start; keep it private)
 * @param tokenLifetime how long a token it issues is valid
 */
@ConfigurationProperties("commerce.security.dev-issuer")
public record DevelopmentIssuerProperties(@DefaultValue("urn:ultramarket:commerce:dev-issuer") String issuer,
                                          @DefaultValue("data/dev-issuer/signing-key.json") Path keyFile,
                                          @DefaultValue("1h") Duration tokenLifetime) {
}
