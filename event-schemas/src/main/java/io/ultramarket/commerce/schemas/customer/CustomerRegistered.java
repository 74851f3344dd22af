package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The shop saw a customer for the first time: {@code subject} is their token's subject (whose customer id is
 * {@code customerId}), {@code email}, {@code name} and {@code language} (a {@link CustomerLanguage} tag) what
 * the identity provider said then (any may be null). Revision 1 had no language, and reads with none.
 */
@Revision("2")
public record CustomerRegistered(UUID customerId, String subject, @PersonalData(subject = "customerId") String email,
                                 @PersonalData(subject = "customerId") String name, String language)
        implements CustomerEvent {
}
