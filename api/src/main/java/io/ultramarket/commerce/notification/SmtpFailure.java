package io.ultramarket.commerce.notification;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Why an email was not sent, and whether trying again can help. An SMTP reply of 5xx (an unknown mailbox, a
 * refused sender or message) is permanent: the row is FAILED at once, for an operator to see. Everything else
 * (no connection, a 4xx "try later", a timeout) is worth another try.
 */
record SmtpFailure(boolean permanent, String description) {

    static SmtpFailure of(Throwable failure) {
        Deque<Throwable> toRead = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        toRead.add(failure);
        while (!toRead.isEmpty()) {
            Throwable next = toRead.poll();
            if (!seen.add(next)) {
                continue;
            }
            int code = returnCodeOf(next);
            if (code >= 500) {
                return new SmtpFailure(true, "SMTP " + code + ": " + next.getMessage());
            }
            if (next instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(toRead::add);
            }
            if (next.getCause() != null) {
                toRead.add(next.getCause());
            }
            if (next instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
                toRead.add(messaging.getNextException());
            }
        }
        // A row that cannot be read (an unknown kind, bad values) or a template that does not render is no
        // better on the next try either.
        boolean broken = failure instanceof IllegalStateException || failure instanceof IllegalArgumentException
                || failure instanceof java.io.UncheckedIOException || failure.getClass().getName().startsWith("org.thymeleaf.");
        return new SmtpFailure(broken, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /** The SMTP reply code of Angus Mail's refusals; 0 for anything that is not a reply of the server's. */
    private static int returnCodeOf(Throwable failure) {
        if (failure instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        if (failure instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (failure instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        return 0;
    }
}
