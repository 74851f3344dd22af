-- Which product lists each SKU, as the product reviews' purchase process (DeliveredPurchases in sagas/, ADR 0068)
-- learns it from the catalog's events: an order names SKUs, a review names a product. The process's own state,
-- written in its processor's transaction, never a read model. The catalog keeps a SKU unique within a product
-- only, so a SKU may name several products, and a delivery unlocks the review of each. The app role reads and
-- writes it through the default privileges of V24.
CREATE TABLE product_review_sku (
    sku        VARCHAR(64) NOT NULL,
    product_id UUID        NOT NULL,
    CONSTRAINT product_review_sku_pk PRIMARY KEY (sku, product_id)
);
