package io.ultramarket.commerce.projections.columns;

/**
 * The columns every read-model row that mirrors an aggregate carries (see {@link VersionedRows}): the
 * sequence number of the last event applied to it and when its aggregate made and last changed it.
 */
public final class VersionedRowSchema {

    public static final String VERSION = "version";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    private VersionedRowSchema() {
    }
}
