package io.ultramarket.commerce.servers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server: GreenMail, which speaks SMTP on a loopback port and keeps every message it accepts.
 * Unlike the other servers it runs inside the test JVM (it is a library), which is what lets a test read the
 * messages it received.
 */
public final class SmtpServer implements RealServer {

    /** The Spring Boot properties that point the app's JavaMailSender at a server. */
    public static final String HOST_PROPERTY = "spring.mail.host";
    public static final String PORT_PROPERTY = "spring.mail.port";

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final int port;

    private SmtpServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static SmtpServer start() {
        int port = FreePorts.next();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new SmtpServer(greenMail, port);
    }

    /** Every message received so far, in the order received. */
    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The messages received so far for {@code address} (as an envelope recipient), in the order received. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> isFor(message, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException("a received message has unreadable recipients", unreadable);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public String name() {
        return "GreenMail SMTP";
    }

    @Override
    public String version() {
        Package greenMailPackage = GreenMail.class.getPackage();
        String version = greenMailPackage == null ? null : greenMailPackage.getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    @Override
    public String address() {
        return HOST + ":" + port;
    }

    @Override
    public Map<String, String> springProperties() {
        return Map.of(HOST_PROPERTY, HOST, PORT_PROPERTY, Integer.toString(port));
    }

    @Override
    public void stop() {
        greenMail.stop();
    }
}
