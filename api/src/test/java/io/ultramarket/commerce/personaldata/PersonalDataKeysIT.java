package io.ultramarket.commerce.personaldata;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The key store on PostgreSQL: one live key per subject, made on first use; destroyed for good. */
@ApiIntegrationTest
class PersonalDataKeysIT {

    @Autowired
    PersonalDataKeys keys;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubjectKeepsTheKeyMadeOnItsFirstUse() {
        UUID subject = UUID.randomUUID();

        PersonalDataKeys.SubjectKey first = keys.current(subject);
        PersonalDataKeys.SubjectKey again = keys.current(subject);

        assertThat(again.kid()).isEqualTo(first.kid());
        assertThat(first.key()).hasSize(32).isEqualTo(again.key());
        assertThat(keys.key(first.kid())).hasValueSatisfying(key -> assertThat(key).isEqualTo(first.key()));
        assertThat(keys.current(UUID.randomUUID()).key()).isNotEqualTo(first.key());
    }

    @Test
    void aDestroyedKeyIsGoneAndItsRowRecordsWhen() {
        UUID subject = UUID.randomUUID();
        PersonalDataKeys.SubjectKey key = keys.current(subject);

        assertThat(keys.destroy(List.of(subject))).containsExactly(key.kid());

        assertThat(keys.key(key.kid())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT key_bytes IS NULL FROM personal_data_key WHERE kid = ?", Boolean.class,
                key.kid())).isTrue();
        assertThat(keys.of(subject)).singleElement().satisfies(state -> assertThat(state.destroyedAt()).isNotNull());
        assertThat(keys.destroy(List.of(subject))).isEmpty();
    }

    @Test
    void aSubjectWrittenToAfterItsErasureGetsANewKey() {
        UUID subject = UUID.randomUUID();
        UUID erased = keys.current(subject).kid();
        keys.destroy(List.of(subject));

        UUID fresh = keys.current(subject).kid();

        assertThat(fresh).isNotEqualTo(erased);
        assertThat(keys.of(subject)).extracting(PersonalDataKeys.KeyState::kid).containsExactlyInAnyOrder(erased, fresh);
    }
}
