package io.ultramarket.commerce.sagas.fraud;

import java.util.List;

/** The fraud screen's verdict: a score (0 = no signal), the reasons that raised it, and whether a person must look. */
public record RiskAssessment(int score, List<String> reasons, boolean needsReview) {

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    public static RiskAssessment clear() {
        return new RiskAssessment(0, List.of(), false);
    }
}
