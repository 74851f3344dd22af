package io.ultramarket.commerce.load;

/** The run could not start (app unreachable, carts could not be opened): nothing was measured. */
final class SetupFailed extends RuntimeException {

    SetupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
