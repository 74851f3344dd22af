package io.ultramarket.commerce.notification;

import io.ultramarket.commerce.projections.notification.NotificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    private static final String ORDER = "4f0c6a53-8c1e-4c55-9a7a-0f3f2c1b9e10";
    private static final Map<String, String> VALUES = Map.of("orderId", ORDER, "name", "Ada Lovelace", "total", "30.00",
            "currency", "EUR", "carrier", "parcelpost", "trackingNumber", "PP123456789DE", "reason", "found it cheaper",
            "refundAmount", "5.00", "refundCurrency", "EUR");

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, mode = EnumSource.Mode.EXCLUDE, names = "LOW_STOCK_REACHED")
    void everyCustomerKindHasASubjectATextAndAnHtmlPartInEnglishAndGerman(NotificationKind kind) {
        for (String language : new String[]{"en", "de"}) {
            RenderedMail mail = templates.render(kind, language, VALUES);
            assertThat(mail.subject()).as("%s %s subject", kind, language).contains(ORDER).doesNotContain("Subject:", "${");
            assertThat(mail.text()).as("%s %s text", kind, language).contains(ORDER, "Ada Lovelace").doesNotContain("${", "[(");
            assertThat(mail.html()).as("%s %s html", kind, language).contains("<html", "lang=\"" + language + "\"", ORDER,
                    "Ada Lovelace").doesNotContain("th:", "${");
        }
    }

    @Test
    void theLowStockAlertNamesTheItemWhatIsAvailableAndTheThresholdInBothLanguagesAndParts() {
        Map<String, String> values = Map.of("sku", "MUG-1", "warehouse", "BER-1", "available", "3", "threshold", "5");

        RenderedMail english = templates.render(NotificationKind.LOW_STOCK_REACHED, "en", values);
        assertThat(english.subject()).isEqualTo("Low stock: MUG-1 in BER-1, 3 available");
        assertThat(english.text()).contains("only 3 units of MUG-1 are available in warehouse BER-1", "threshold of 5")
                .doesNotContain("${", "[(");
        assertThat(english.html()).contains("<html", "lang=\"en\"", "<strong>MUG-1</strong>", "<span>5</span>",
                "<title>Low stock: MUG-1 in BER-1, 3 available</title>").doesNotContain("th:", "${");

        RenderedMail german = templates.render(NotificationKind.LOW_STOCK_REACHED, "de", values);
        assertThat(german.subject()).isEqualTo("Bestand niedrig: MUG-1 in BER-1, 3 verfügbar");
        assertThat(german.text()).contains("im Lager BER-1 nur noch 3 Stück verfügbar", "Meldegrenze von 5")
                .doesNotContain("${", "[(");
        assertThat(german.html()).contains("lang=\"de\"", "<strong>BER-1</strong>").doesNotContain("th:", "${");
    }

    @Test
    void theShippedEmailNamesTheCarrierAndTheTrackingNumberInBothParts() {
        RenderedMail mail = templates.render(NotificationKind.ORDER_SHIPPED, "en", VALUES);

        assertThat(mail.subject()).isEqualTo("Your order " + ORDER + " is on its way");
        assertThat(mail.text()).contains("with parcelpost", "Tracking number: PP123456789DE");
        assertThat(mail.html()).contains("<strong>PP123456789DE</strong>", "<title>Your order " + ORDER + " is on its way</title>");
    }

    @Test
    void germanEmailsAreWrittenInGermanWithTheirUmlauts() {
        RenderedMail mail = templates.render(NotificationKind.ORDER_CONFIRMED, "de", VALUES);

        assertThat(mail.subject()).isEqualTo("Ihre Bestellung " + ORDER + " ist bestätigt");
        assertThat(mail.text()).startsWith("Hallo Ada Lovelace,").contains("über 30.00 EUR");
        assertThat(mail.html()).contains("vielen Dank für Ihre Bestellung");
    }

    @Test
    void aCustomersNameIsEscapedInHtmlAndLeftAsItIsInText() {
        Map<String, String> values = new java.util.HashMap<>(VALUES);
        values.put("name", "<script>alert(1)</script>");

        RenderedMail mail = templates.render(NotificationKind.ORDER_DELIVERED, "en", values);

        assertThat(mail.html()).contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,").doesNotContain("<script>");
        assertThat(mail.text()).startsWith("Hello <script>alert(1)</script>,");
    }

    @Test
    void aLanguageWithoutTemplatesIsRefusedRatherThanSentEmpty() {
        assertThatThrownBy(() -> templates.render(NotificationKind.ORDER_CONFIRMED, "fr", VALUES))
                .hasMessageContaining("order-confirmed.fr");
    }
}
