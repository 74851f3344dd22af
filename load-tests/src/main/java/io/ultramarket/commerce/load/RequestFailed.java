package io.ultramarket.commerce.load;

/** The app answered, but not with success. Carries the answer so callers can tell a full cart from a fault. */
final class RequestFailed extends RuntimeException {

    private final transient ApiAnswer answer;

    RequestFailed(ApiAnswer answer) {
        super(answer.what() + " answered " + answer.outcome() + describe(answer));
        this.answer = answer;
    }

    ApiAnswer answer() {
        return answer;
    }

    private static String describe(ApiAnswer answer) {
        String detail = answer.field("detail");
        return detail.isEmpty() ? "" : ": " + detail;
    }
}
