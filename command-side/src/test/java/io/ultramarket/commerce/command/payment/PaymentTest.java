package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.payment.AbandonPayment;
import io.ultramarket.commerce.schemas.payment.AuthorizePayment;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.DeclinePayment;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.payment.PaymentCaptureRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefundRequested;
import io.ultramarket.commerce.schemas.payment.RequestPaymentCapture;
import io.ultramarket.commerce.schemas.payment.RequestRefund;
import io.ultramarket.commerce.schemas.payment.RefundPayment;
import io.ultramarket.commerce.schemas.payment.RequestPayment;
import io.ultramarket.commerce.schemas.payment.VoidPayment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class PaymentTest {

    private static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID REFUND_1 = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID REFUND_2 = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");

    private static final PaymentRequested REQUESTED = new PaymentRequested(PAYMENT, ORDER, eur("100.00"), CARD);
    private static final PaymentAuthorized AUTHORIZED = new PaymentAuthorized(PAYMENT, ORDER, "auth-1", eur("100.00"));
    private static final PaymentCaptured CAPTURED = new PaymentCaptured(PAYMENT, ORDER, eur("100.00"));
    private static final PaymentRefunded REFUNDED_30 = new PaymentRefunded(PAYMENT, ORDER, REFUND_1, eur("30.00"),
            eur("30.00"), "scratched mug");

    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void paymentOfAnOrderIsRequested() {
        fixture.givenNoPriorActivity()
                .when(new RequestPayment(PAYMENT, ORDER, eur("100.00"), CARD))
                .expectEvents(REQUESTED);
    }

    @Test
    void aPaymentOfNothingCannotBeRequested() {
        fixture.givenNoPriorActivity()
                .when(new RequestPayment(PAYMENT, ORDER, eur("0.00"), CARD))
                .expectNoEvents()
                .expectException(ZeroPaymentAmount.class)
                .expectExceptionMessage("Cannot request zero on payment " + PAYMENT + "; give an amount greater than zero.");
    }

    @Test
    void theProviderAuthorizesTheRequestedAmount() {
        fixture.given(REQUESTED)
                .when(new AuthorizePayment(PAYMENT, "auth-1", eur("100.00")))
                .expectEvents(AUTHORIZED);
    }

    @Test
    void anAuthorizationMayBeForLessThanRequested() {
        fixture.given(REQUESTED)
                .when(new AuthorizePayment(PAYMENT, "auth-1", eur("80.00")))
                .expectEvents(new PaymentAuthorized(PAYMENT, ORDER, "auth-1", eur("80.00")));
    }

    @Test
    void moreThanRequestedIsNeverAuthorized() {
        fixture.given(REQUESTED)
                .when(new AuthorizePayment(PAYMENT, "auth-1", eur("100.01")))
                .expectNoEvents()
                .expectException(PaymentAmountExceeded.class)
                .expectExceptionMessage("Cannot authorize 100.01 EUR on payment " + PAYMENT
                        + ": only 100.00 EUR was requested.");
    }

    @Test
    void anAuthorizationIsInThePaymentsCurrency() {
        fixture.given(REQUESTED)
                .when(new AuthorizePayment(PAYMENT, "auth-1", Money.of("100.00", "USD")))
                .expectNoEvents()
                .expectException(PaymentCurrencyMismatch.class)
                .expectExceptionMessage("Payment " + PAYMENT + " is in EUR, not USD; give the amount in EUR.");
    }

    @Test
    void aRedeliveredAuthorizationChangesNothing() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new AuthorizePayment(PAYMENT, "auth-1", eur("100.00")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondAuthorizationUnderAnotherReferenceIsRefused() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new AuthorizePayment(PAYMENT, "auth-2", eur("100.00")))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from AUTHORIZED to AUTHORIZED:"
                        + " it is already authorized under provider reference auth-1.");
    }

    @Test
    void aDeclinedPaymentCannotBeAuthorized() {
        fixture.given(REQUESTED, new PaymentDeclined(PAYMENT, ORDER, "insufficient funds"))
                .when(new AuthorizePayment(PAYMENT, "auth-1", eur("100.00")))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from DECLINED to AUTHORIZED:"
                        + " only a REQUESTED payment can be authorized.");
    }

    @Test
    void theProviderMayDeclineARequestedPayment() {
        fixture.given(REQUESTED)
                .when(new DeclinePayment(PAYMENT, "insufficient funds"))
                .expectEvents(new PaymentDeclined(PAYMENT, ORDER, "insufficient funds"));
    }

    @Test
    void aRedeliveredDeclineChangesNothing() {
        fixture.given(REQUESTED, new PaymentDeclined(PAYMENT, ORDER, "insufficient funds"))
                .when(new DeclinePayment(PAYMENT, "insufficient funds"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAuthorizedPaymentCannotBeDeclined() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new DeclinePayment(PAYMENT, "insufficient funds"))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from AUTHORIZED to DECLINED:"
                        + " only a REQUESTED payment can be declined.");
    }

    @Test
    void capturingTakesTheAuthorizedAmount() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new CapturePayment(PAYMENT, eur("100.00")))
                .expectEvents(CAPTURED);
    }

    @Test
    void partOfTheAuthorizedAmountMayBeCaptured() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new CapturePayment(PAYMENT, eur("60.00")))
                .expectEvents(new PaymentCaptured(PAYMENT, ORDER, eur("60.00")));
    }

    @Test
    void moreThanAuthorizedIsNeverCaptured() {
        fixture.given(REQUESTED, new PaymentAuthorized(PAYMENT, ORDER, "auth-1", eur("80.00")))
                .when(new CapturePayment(PAYMENT, eur("90.00")))
                .expectNoEvents()
                .expectException(PaymentAmountExceeded.class)
                .expectExceptionMessage("Cannot capture 90.00 EUR on payment " + PAYMENT
                        + ": only 80.00 EUR was authorized.");
    }

    @Test
    void aCaptureIsInThePaymentsCurrency() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new CapturePayment(PAYMENT, Money.of("100", "JPY")))
                .expectNoEvents()
                .expectException(PaymentCurrencyMismatch.class);
    }

    @Test
    void capturingNothingIsRefused() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new CapturePayment(PAYMENT, eur("0")))
                .expectNoEvents()
                .expectException(ZeroPaymentAmount.class);
    }

    @Test
    void aRedeliveredCaptureChangesNothing() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED)
                .when(new CapturePayment(PAYMENT, eur("100.00")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPaymentIsCapturedOnlyOnce() {
        fixture.given(REQUESTED, AUTHORIZED, new PaymentCaptured(PAYMENT, ORDER, eur("60.00")))
                .when(new CapturePayment(PAYMENT, eur("40.00")))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from CAPTURED to CAPTURED:"
                        + " it was already captured (60.00 EUR) and a payment is captured only once.");
    }

    @Test
    void anUnauthorizedPaymentCannotBeCaptured() {
        fixture.given(REQUESTED)
                .when(new CapturePayment(PAYMENT, eur("100.00")))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from REQUESTED to CAPTURED:"
                        + " only an AUTHORIZED payment can be captured.");
    }

    @Test
    void aVoidedAuthorizationCannotBeCaptured() {
        fixture.given(REQUESTED, AUTHORIZED, new PaymentVoided(PAYMENT, ORDER, "order cancelled", "auth-1"))
                .when(new CapturePayment(PAYMENT, eur("100.00")))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class);
    }

    @Test
    void voidingReleasesAnAuthorization() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new VoidPayment(PAYMENT, "order cancelled"))
                .expectEvents(new PaymentVoided(PAYMENT, ORDER, "order cancelled", "auth-1"));
    }

    @Test
    void aRedeliveredVoidChangesNothing() {
        fixture.given(REQUESTED, AUTHORIZED, new PaymentVoided(PAYMENT, ORDER, "order cancelled", "auth-1"))
                .when(new VoidPayment(PAYMENT, "order cancelled"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCapturedPaymentIsRefundedNotVoided() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED)
                .when(new VoidPayment(PAYMENT, "order cancelled"))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from CAPTURED to VOIDED:"
                        + " money was already captured; refund it instead.");
    }

    @Test
    void aRequestTheProviderNeverAnsweredIsVoidedWithoutAReference() {
        fixture.given(REQUESTED)
                .when(new VoidPayment(PAYMENT, "no answer from the provider"))
                .expectEvents(new PaymentVoided(PAYMENT, ORDER, "no answer from the provider", null));
    }

    @Test
    void anUnansweredPaymentIsAbandonedAtTheDeadline() {
        fixture.given(REQUESTED)
                .when(new AbandonPayment(PAYMENT, "no answer within PT15M"))
                .expectEvents(new PaymentVoided(PAYMENT, ORDER, "no answer within PT15M", null));
    }

    @Test
    void aPaymentTheProviderAnsweredInTimeIsNotAbandoned() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new AbandonPayment(PAYMENT, "no answer within PT15M"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(REQUESTED, new PaymentDeclined(PAYMENT, ORDER, "card_declined"))
                .when(new AbandonPayment(PAYMENT, "no answer within PT15M"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aLateAuthorizationOfAVoidedRequestIsRefused() {
        fixture.given(REQUESTED, new PaymentVoided(PAYMENT, ORDER, "no answer from the provider", null))
                .when(new AuthorizePayment(PAYMENT, "auth-1", eur("100.00")))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class);
    }

    @Test
    void aDeclinedPaymentCannotBeVoided() {
        fixture.given(REQUESTED, new PaymentDeclined(PAYMENT, ORDER, "card_declined"))
                .when(new VoidPayment(PAYMENT, "order cancelled"))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from DECLINED to VOIDED:"
                        + " only a REQUESTED or AUTHORIZED payment can be voided.");
    }

    @Test
    void theCaptureOfAnAuthorizationIsAskedOfTheProviderOnce() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new RequestPaymentCapture(PAYMENT))
                .expectEvents(new PaymentCaptureRequested(PAYMENT, ORDER, "auth-1", eur("100.00")));
        fixture.given(REQUESTED, AUTHORIZED, new PaymentCaptureRequested(PAYMENT, ORDER, "auth-1", eur("100.00")))
                .when(new RequestPaymentCapture(PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnauthorizedPaymentIsNotSentForCapture() {
        fixture.given(REQUESTED)
                .when(new RequestPaymentCapture(PAYMENT))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class);
    }

    @Test
    void aPaymentWhoseCaptureIsUnderwayCannotBeVoided() {
        fixture.given(REQUESTED, AUTHORIZED, new PaymentCaptureRequested(PAYMENT, ORDER, "auth-1", eur("100.00")))
                .when(new VoidPayment(PAYMENT, "order cancelled"))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from AUTHORIZED to VOIDED:"
                        + " its capture was already asked of the provider; refund it once captured.");
    }

    @Test
    void aRequestedRefundIsAskedOnceAndCountsAgainstWhatIsLeft() {
        var requested = new PaymentRefundRequested(PAYMENT, ORDER, REFUND_1, "auth-1", eur("80.00"), "returned");
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED)
                .when(new RequestRefund(PAYMENT, REFUND_1, eur("80.00"), "returned"))
                .expectEvents(requested);
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, requested)
                .when(new RequestRefund(PAYMENT, REFUND_1, eur("80.00"), "returned"))
                .expectNoEvents();
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, requested)
                .when(new RequestRefund(PAYMENT, REFUND_2, eur("30.00"), "scratched"))
                .expectNoEvents()
                .expectException(PaymentAmountExceeded.class);
    }

    @Test
    void theProvidersConfirmationOfARequestedRefundRecordsIt() {
        var requested = new PaymentRefundRequested(PAYMENT, ORDER, REFUND_1, "auth-1", eur("100.00"), "returned");
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, requested)
                .when(new RefundPayment(PAYMENT, REFUND_1, eur("100.00"), "returned"))
                .expectEvents(new PaymentRefunded(PAYMENT, ORDER, REFUND_1, eur("100.00"), eur("100.00"), "returned"));
    }

    @Test
    void partOfACapturedAmountIsRefunded() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED)
                .when(new RefundPayment(PAYMENT, REFUND_1, eur("30.00"), "scratched mug"))
                .expectEvents(REFUNDED_30);
    }

    @Test
    void refundsAddUpToAFullRefund() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, REFUNDED_30)
                .when(new RefundPayment(PAYMENT, REFUND_2, eur("70.00"), "returned"))
                .expectEvents(new PaymentRefunded(PAYMENT, ORDER, REFUND_2, eur("70.00"), eur("100.00"), "returned"));
    }

    @Test
    void refundsNeverExceedWhatIsLeftOfTheCapturedAmount() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, REFUNDED_30)
                .when(new RefundPayment(PAYMENT, REFUND_2, eur("70.01"), "returned"))
                .expectNoEvents()
                .expectException(PaymentAmountExceeded.class)
                .expectExceptionMessage("Cannot refund 70.01 EUR on payment " + PAYMENT
                        + ": only 70.00 EUR of the captured amount is left to refund.");
    }

    @Test
    void aRepeatedRefundIsPaidOutOnce() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, REFUNDED_30)
                .when(new RefundPayment(PAYMENT, REFUND_1, eur("30.00"), "scratched mug"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatedRefundAfterAFullRefundChangesNothing() {
        PaymentRefunded full = new PaymentRefunded(PAYMENT, ORDER, REFUND_1, eur("100.00"), eur("100.00"), "returned");
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, full)
                .when(new RefundPayment(PAYMENT, REFUND_1, eur("100.00"), "returned"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFullyRefundedPaymentTakesNoFurtherRefund() {
        PaymentRefunded full = new PaymentRefunded(PAYMENT, ORDER, REFUND_1, eur("100.00"), eur("100.00"), "returned");
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED, full)
                .when(new RefundPayment(PAYMENT, REFUND_2, eur("1.00"), "goodwill"))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from REFUNDED to REFUNDED:"
                        + " the captured amount was already refunded in full.");
    }

    @Test
    void onlyCapturedMoneyCanBeRefunded() {
        fixture.given(REQUESTED, AUTHORIZED)
                .when(new RefundPayment(PAYMENT, REFUND_1, eur("30.00"), "scratched mug"))
                .expectNoEvents()
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment " + PAYMENT + " cannot go from AUTHORIZED to REFUNDED:"
                        + " only a CAPTURED or PARTIALLY_REFUNDED payment can be refunded.");
    }

    @Test
    void aRefundIsInThePaymentsCurrency() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED)
                .when(new RefundPayment(PAYMENT, REFUND_1, Money.of("30.00", "USD"), "scratched mug"))
                .expectNoEvents()
                .expectException(PaymentCurrencyMismatch.class);
    }

    @Test
    void refundingNothingIsRefused() {
        fixture.given(REQUESTED, AUTHORIZED, CAPTURED)
                .when(new RefundPayment(PAYMENT, REFUND_1, eur("0.00"), "scratched mug"))
                .expectNoEvents()
                .expectException(ZeroPaymentAmount.class);
    }

}
