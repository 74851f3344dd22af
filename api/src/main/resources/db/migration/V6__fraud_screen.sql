-- The fraud screen's own memory of screened orders (RuleBasedFraudScreen in sagas/): the velocity and
-- amount rules count here, never in an aggregate or a read model. One row per order, written in the
-- checkout saga's transaction.
CREATE TABLE fraud_screen_order (
    order_id    UUID          NOT NULL,
    customer_id UUID          NOT NULL,
    card_token  VARCHAR(255)  NOT NULL,
    address_key VARCHAR(400)  NOT NULL,
    amount      NUMERIC(19,4) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    screened_at TIMESTAMPTZ   NOT NULL,
    risk_score  INTEGER       NOT NULL,
    reasons     TEXT          NOT NULL,
    CONSTRAINT fraud_screen_order_pk PRIMARY KEY (order_id)
);

CREATE INDEX fraud_screen_order_customer_idx ON fraud_screen_order (customer_id, screened_at);
CREATE INDEX fraud_screen_order_card_idx ON fraud_screen_order (card_token, screened_at);
CREATE INDEX fraud_screen_order_address_idx ON fraud_screen_order (address_key, screened_at);
