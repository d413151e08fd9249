package dev.parley.model.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A linear-additive profile: U(ω) = Σ_k weight_k · eval_k(ω_k). GENIUS weights are kept <b>as written</b>,
 * not renormalised ({@code AdditiveUtilitySpace}, GENIUS 10.4; Laptop's weights sum to 1.0000518).
 *
 * @param name             profile name
 * @param evaluators       one evaluator per domain issue, in domain issue order
 * @param weights          one weight per domain issue, in domain issue order, as written
 * @param reservationValue reservation value as written (may be negative); empty when absent
 * @param discountFactor   discount factor as written; empty when absent
 * @param reservationBid   GeniusWeb reservation bid (issue name to value label); empty map when none
 */
public record AdditiveProfile(String name, List<IssueEvaluator> evaluators, List<Double> weights,
                              OptionalDouble reservationValue, OptionalDouble discountFactor,
                              Map<String, String> reservationBid) implements Profile {
    public AdditiveProfile {
        Objects.requireNonNull(name, "name");
        evaluators = List.copyOf(evaluators);
        weights = List.copyOf(weights);
        Objects.requireNonNull(reservationValue, "reservationValue");
        Objects.requireNonNull(discountFactor, "discountFactor");
        reservationBid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reservationBid));
        if (evaluators.size() != weights.size()) {
            throw new IllegalArgumentException("profile '" + name + "' has " + evaluators.size()
                    + " evaluators but " + weights.size() + " weights; give one of each per issue");
        }
    }
}
