package io.ultramarket.commerce.servers;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's SMTP server takes a message over SMTP, as the app's mail sender sends it, and keeps it for the test. */
@ExtendWith(RealServersExtension.class)
class SmtpServerIT {

    @Test
    void aMessageSentOverSmtpIsKeptForItsRecipient(SmtpServer server) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", server.springProperties().get(SmtpServer.HOST_PROPERTY));
        smtp.put("mail.smtp.port", server.springProperties().get(SmtpServer.PORT_PROPERTY));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("shop@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("smoke-test@example.com"));
        message.setSubject("Grüße from the harness", "UTF-8");
        message.setText("It arrived.", "UTF-8");

        Transport.send(message);

        assertThat(server.receivedBy("smoke-test@example.com")).singleElement()
                .satisfies(received -> assertThat(received.getSubject()).isEqualTo("Grüße from the harness"));
        assertThat(server.receivedBy("somebody-else@example.com")).isEmpty();
    }
}
