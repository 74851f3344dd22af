package io.ultramarket.commerce.notification;

/** An email ready to send: its subject, and its body as plain text and as HTML (the two parts of one message). */
record RenderedMail(String subject, String text, String html) {
}
