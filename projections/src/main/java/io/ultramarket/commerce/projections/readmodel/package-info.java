/**
 * One mechanism for every PostgreSQL read model: {@link io.ultramarket.commerce.projections.readmodel.PostgresReadModel}
 * joins a read model's schema class (its tables and DDL, which query-side reads by) and its writer, and each
 * feature package registers one as a bean (ADR 0053).
 */
package io.ultramarket.commerce.projections.readmodel;
