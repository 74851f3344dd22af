/**
 * Outbound webhooks to merchants' systems (ADR 0058), the app's half: the admin API that registers endpoints
 * ({@code /admin/webhooks}), the rules for where a webhook may go ({@link io.ultramarket.commerce.merchantwebhook.TargetAddresses}),
 * and the sender that signs and posts the outbox's deliveries over HTTPS. The outbox is filled in projections'
 * {@code merchantwebhook} package.
 */
package io.ultramarket.commerce.merchantwebhook;
