/** What the senders of the outboxes (customer emails, merchants' webhooks) share: how they take due rows, how long they wait to retry. */
package io.ultramarket.commerce.outbox;
