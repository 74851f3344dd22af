package io.ultramarket.commerce.projections.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The staff addresses end up in one outbox row per alert: bare addresses, and not too many of them. A
 * customer's language picks the templates it has.
 */
class NotificationsPropertiesTest {

    private static NotificationsProperties with(String defaultLanguage, List<String> staff) {
        return new NotificationsProperties(defaultLanguage, Duration.ofDays(3), "shop@localhost", Duration.ofSeconds(5),
                50, 8, Duration.ofSeconds(30), Duration.ofHours(1), staff);
    }

    private static NotificationsProperties withStaff(List<String> addresses) {
        return with("en", addresses);
    }

    @Test
    void staffAddressesAreBareAddresses() {
        assertThat(withStaff(List.of("stock@shop.example", "buyer@shop.example")).staffAddresses())
                .containsExactly("stock@shop.example", "buyer@shop.example");
        assertThat(withStaff(List.of()).staffAddresses()).isEmpty();
        for (String notBare : List.of("Stock <stock@shop.example>", "stock@shop.example, buyer@shop.example", "stock",
                "stock @shop.example", "@shop.example")) {
            assertThatIllegalArgumentException().as(notBare).isThrownBy(() -> withStaff(List.of(notBare)))
                    .withMessageContaining("commerce.notifications.staff-addresses");
        }
    }

    @Test
    void twentyStaffAddressesAtMost() {
        assertThat(withStaff(Collections.nCopies(20, "stock@shop.example")).staffAddresses()).hasSize(20);
        assertThatIllegalArgumentException().isThrownBy(() -> withStaff(Collections.nCopies(21, "stock@shop.example")))
                .withMessageContaining("at most 20");
    }

    @Test
    void aCustomersLanguageReadsTheTemplatesOfItsPrimaryLanguage() {
        NotificationsProperties germanByDefault = with("de", List.of());
        assertThat(germanByDefault.languageFor("en")).isEqualTo("en");
        assertThat(germanByDefault.languageFor("en-GB")).isEqualTo("en");
        assertThat(germanByDefault.languageFor("de-AT")).isEqualTo("de");
    }

    @Test
    void noLanguageOrOneWithoutTemplatesReadsTheDefault() {
        NotificationsProperties germanByDefault = with("de", List.of());
        assertThat(germanByDefault.languageFor(null)).isEqualTo("de");
        assertThat(germanByDefault.languageFor("fr-FR")).isEqualTo("de");
    }
}
