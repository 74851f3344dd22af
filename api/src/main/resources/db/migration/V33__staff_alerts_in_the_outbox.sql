-- Staff alerts (ADR 0059) share the customer emails' outbox (V31): a row per (event, kind) as before. A low-stock
-- alert is about no order, and goes to the configured staff addresses at once, as one comma-separated list
-- (at most 20 addresses of up to 254 characters, checked where they are configured).
ALTER TABLE notification_outbox ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE notification_outbox ALTER COLUMN recipient TYPE TEXT;
