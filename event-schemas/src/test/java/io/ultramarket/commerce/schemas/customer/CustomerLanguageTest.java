package io.ultramarket.commerce.schemas.customer;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerLanguageTest {

    @Test
    void aLocaleClaimIsKeptAsItsCanonicalTag() {
        assertThat(CustomerLanguage.fromClaim("de")).isEqualTo("de");
        assertThat(CustomerLanguage.fromClaim("de-DE")).isEqualTo("de-DE");
        assertThat(CustomerLanguage.fromClaim("de_at")).isEqualTo("de-AT");
        assertThat(CustomerLanguage.fromClaim("EN-us")).isEqualTo("en-US");
        assertThat(CustomerLanguage.fromClaim(" zh-Hant-TW ")).isEqualTo("zh-Hant-TW");
    }

    @Test
    void noClaimOrOneUnfitToKeepGivesNoLanguage() {
        assertThat(CustomerLanguage.fromClaim(null)).isNull();
        assertThat(CustomerLanguage.fromClaim("")).isNull();
        assertThat(CustomerLanguage.fromClaim("<script>")).isNull();
        assertThat(CustomerLanguage.fromClaim("x".repeat(CustomerLanguage.MAX_LENGTH + 1))).isNull();
        assertThat(CustomerLanguage.fromClaim("en-" + "a".repeat(40))).isNull();
    }

    @Test
    void aCommandCarriesNoLanguageOrAWellFormedOne() {
        UUID customerId = UUID.randomUUID();
        assertThat(new RegisterCustomer(customerId, "ada", null, null, null).language()).isNull();
        assertThat(new RefreshCustomerDetails(customerId, null, null, "pt-BR").language()).isEqualTo("pt-BR");
        assertThatThrownBy(() -> new RegisterCustomer(customerId, "ada", null, null, "de_DE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BCP 47");
        assertThatThrownBy(() -> new RefreshCustomerDetails(customerId, null, null, "und"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
