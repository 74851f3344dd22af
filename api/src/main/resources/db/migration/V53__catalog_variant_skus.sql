-- The SKUs of a catalog product document's variants (ProductViewSchema's `product`), for the products read model's
-- index by SKU (ADR 0100): a price or category look-up by SKU finds its products through the index instead of
-- reading every product. Lax: a document without variants, or with something else there, has none, never an error
-- (an error here would fail the products projection's write). Immutable, as an index expression must be.
CREATE FUNCTION catalog_variant_skus(product JSONB) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS
$$
SELECT coalesce(array_agg(sku #>> '{}'), '{}')
FROM jsonb_path_query(product, 'lax $.variants[*].sku') AS sku
WHERE jsonb_typeof(sku) = 'string'
$$;
