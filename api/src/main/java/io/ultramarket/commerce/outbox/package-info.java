/** What the senders of the outboxes (customer emails, merchants' webhooks) share. */
package io.ultramarket.commerce.outbox;
