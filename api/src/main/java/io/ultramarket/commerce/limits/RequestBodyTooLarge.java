package io.ultramarket.commerce.limits;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** A request body grew past {@code commerce.input.max-body-size} while it was read: 413 payload-too-large. */
public class RequestBodyTooLarge extends RuntimeException implements DescribedProblem {

    public static final String SLUG = "payload-too-large";
    public static final String TITLE = "Payload too large";

    public RequestBodyTooLarge(long limitBytes) {
        super("the request body is larger than " + limitBytes + " bytes, the most this API accepts");
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String slug() {
        return SLUG;
    }

    @Override
    public String title() {
        return TITLE;
    }
}
