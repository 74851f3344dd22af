package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The identity provider now gives the customer this email, name and language (any may be null). Revision 1
 * had no language, and reads with none.
 */
@Revision("2")
public record CustomerDetailsChanged(UUID customerId, @PersonalData(subject = "customerId") String email,
                                     @PersonalData(subject = "customerId") String name, String language) implements CustomerEvent {
}
