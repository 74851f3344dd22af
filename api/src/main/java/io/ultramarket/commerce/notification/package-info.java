/**
 * Customer emails and staff alerts, the sending half (ADR 0057, 0059): the templates ({@code resources/mail},
 * HTML and text per language; a text template's first line is the subject) and the sender that takes due rows
 * of the outbox the notifications projection fills and hands them to the SMTP server, on db-scheduler's threads.
 */
package io.ultramarket.commerce.notification;
