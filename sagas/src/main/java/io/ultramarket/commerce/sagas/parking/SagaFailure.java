package io.ultramarket.commerce.sagas.parking;

/** Why handling an event failed, as stored with a parked order. */
record SagaFailure(int attempts, boolean transientFailure, String causeType, String causeMessage) {

    private static final int MAX_MESSAGE = 2000;

    static SagaFailure of(Throwable failure, int attempts) {
        Throwable root = FailureClassification.rootCause(failure);
        String message = String.valueOf(root.getMessage());
        return new SagaFailure(attempts, FailureClassification.isTransient(failure), root.getClass().getName(),
                message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
    }
}
