package io.ultramarket.commerce.projections.notification;

import io.ultramarket.commerce.projections.readmodel.ErasedFields;
import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.schemas.common.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.UUID;

import static io.ultramarket.commerce.projections.notification.NotificationsSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.EMAIL;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.NAME;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.OUTBOX;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.RECIPIENT;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.STATUS;
import static io.ultramarket.commerce.projections.notification.NotificationsSchema.VARIABLES;

/**
 * The recipients' email and name erased in every generation, and the outbox's emails about the subject's orders
 * blanked: their address and values erased, and one not yet sent is {@code STALE}, never sent.
 */
class NotificationsErasure implements PersonalDataErasure {

    private static final String ERASED = "'" + PersonalData.ERASED + "'";

    private final JdbcTemplate jdbc;

    NotificationsErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Collection<UUID> subjects) {
        for (String table : ErasedFields.inEveryGeneration(jdbc, NotificationsSchema.PROJECTION, NotificationsSchema.RECIPIENTS)) {
            for (UUID subject : subjects) {
                jdbc.update("UPDATE " + table + " SET " + EMAIL + " = CASE WHEN " + EMAIL + " IS NULL THEN NULL ELSE " + ERASED
                        + " END, " + NAME + " = CASE WHEN " + NAME + " IS NULL THEN NULL ELSE " + ERASED + " END WHERE "
                        + CUSTOMER_ID + " = ?", subject);
            }
        }
        for (UUID subject : subjects) {
            jdbc.update("UPDATE " + OUTBOX + " SET " + RECIPIENT + " = " + ERASED + ", " + VARIABLES + " = '{}'::jsonb, "
                    + STATUS + " = CASE WHEN " + STATUS + " = 'PENDING' THEN 'STALE' ELSE " + STATUS + " END WHERE "
                    + ORDER_ID + " = ?", subject);
        }
    }
}
