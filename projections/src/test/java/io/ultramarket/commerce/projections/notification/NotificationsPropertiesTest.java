package io.ultramarket.commerce.projections.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationsPropertiesTest {

    private final NotificationsProperties germanByDefault = new NotificationsProperties("de", Duration.ofDays(3),
            "shop@localhost", Duration.ofSeconds(5), 50, 8, Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void aCustomersLanguageReadsTheTemplatesOfItsPrimaryLanguage() {
        assertThat(germanByDefault.languageFor("en")).isEqualTo("en");
        assertThat(germanByDefault.languageFor("en-GB")).isEqualTo("en");
        assertThat(germanByDefault.languageFor("de-AT")).isEqualTo("de");
    }

    @Test
    void noLanguageOrOneWithoutTemplatesReadsTheDefault() {
        assertThat(germanByDefault.languageFor(null)).isEqualTo("de");
        assertThat(germanByDefault.languageFor("fr-FR")).isEqualTo("de");
    }
}
