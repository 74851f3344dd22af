package io.ultramarket.commerce.limits;

/** A request body grew past {@code commerce.input.max-body-size} while it was read: 413 payload-too-large. */
public class RequestBodyTooLarge extends RuntimeException {

    public static final String SLUG = "payload-too-large";
    public static final String TITLE = "Payload too large";

    public RequestBodyTooLarge(long limitBytes) {
        super("the request body is larger than " + limitBytes + " bytes, the most this API accepts");
    }
}
