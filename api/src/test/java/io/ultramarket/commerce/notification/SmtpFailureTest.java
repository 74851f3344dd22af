package io.ultramarket.commerce.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpFailureTest {

    @Test
    void anUnknownMailboxIsAPermanentRefusal() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.com"), "RCPT TO", 550,
                "5.1.1 no such mailbox");
        var failure = new MailSendException(Map.of(new Object(), new MessagingException("send failed", refused)));

        SmtpFailure classified = SmtpFailure.of(failure);

        assertThat(classified.permanent()).isTrue();
        assertThat(classified.description()).startsWith("SMTP 550");
    }

    @Test
    void aBusyMailboxIsWorthAnotherTry() throws Exception {
        var busy = new SMTPAddressFailedException(new InternetAddress("ada@example.com"), "RCPT TO", 450, "mailbox busy");

        assertThat(SmtpFailure.of(new MailSendException("send failed", new MessagingException("x", busy))).permanent()).isFalse();
    }

    @Test
    void aServerThatCannotBeReachedIsWorthAnotherTry() {
        var down = new org.springframework.mail.MailSendException("Mail server connection failed",
                new MessagingException("could not connect", new ConnectException("Connection refused")));

        assertThat(SmtpFailure.of(down).permanent()).isFalse();
    }

    @Test
    void aRowThatCannotBeReadOrRenderedIsNotTriedAgain() {
        assertThat(SmtpFailure.of(new IllegalArgumentException("No enum constant ORDER_LOST")).permanent()).isTrue();
        assertThat(SmtpFailure.of(new java.io.UncheckedIOException(new java.io.IOException("bad JSON"))).permanent()).isTrue();
        assertThat(SmtpFailure.of(new org.thymeleaf.exceptions.TemplateInputException("no such template")).permanent()).isTrue();
    }
}
