package io.ultramarket.commerce.sagas.shipping;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each carrier's webhook signing secret: the configured one ({@code commerce.shipping.webhook-secrets}),
 * or, for a simulated carrier that runs inside this app, a random one made at start-up that nobody outside
 * can know. A carrier with neither has no secret, and its webhooks are refused.
 */
@Component
public class CarrierSecrets {

    private final Map<String, String> secrets;

    CarrierSecrets(ShippingProperties properties, List<Carrier> carriers) {
        Map<String, String> all = new HashMap<>(properties.webhookSecrets());
        SecureRandom random = new SecureRandom();
        carriers.stream()
                .filter(Carrier::simulated)
                .forEach(carrier -> all.computeIfAbsent(carrier.name(), name -> randomSecret(random)));
        this.secrets = Map.copyOf(all);
    }

    public Optional<String> secretOf(String carrier) {
        return Optional.ofNullable(secrets.get(carrier));
    }

    private static String randomSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
