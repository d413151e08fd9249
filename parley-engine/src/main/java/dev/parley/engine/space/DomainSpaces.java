package dev.parley.engine.space;

import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.DiscreteEvaluator;
import dev.parley.model.domain.DiscreteIssue;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.IntegerIssue;
import dev.parley.model.domain.Issue;
import dev.parley.model.domain.IssueEvaluator;
import dev.parley.model.domain.LinearIntegerEvaluator;
import dev.parley.model.domain.NumberInterpolationEvaluator;
import dev.parley.model.domain.RealEvaluator;
import dev.parley.model.domain.RealIssue;

/**
 * Builds engine spaces and additive utilities from imported GENIUS / GeniusWeb domains and profiles
 * ({@code dev.parley.model.domain}), applying each evaluator's documented rule to every option.
 */
public final class DomainSpaces {
    private DomainSpaces() {
    }

    /**
     * @param domain a domain without real issues
     * @return its outcome space (discrete options in file order; integer issues lower..upper)
     * @throws IllegalArgumentException when the domain has a real issue (use {@link #space(Domain, double)})
     */
    public static OutcomeSpace space(Domain domain) {
        return space(domain, Double.NaN);
    }

    /**
     * @param domain   the domain
     * @param realStep grid step for real issues (see {@link OutcomeSpace.Builder#discretisedIssue})
     * @return its outcome space
     */
    public static OutcomeSpace space(Domain domain, double realStep) {
        OutcomeSpace.Builder b = OutcomeSpace.builder();
        for (Issue issue : domain.issues()) {
            if (issue instanceof DiscreteIssue d) {
                b.discreteIssue(d.name(), d.values().toArray(new String[0]));
            } else if (issue instanceof IntegerIssue i) {
                b.integerIssue(i.name(), i.lowerBound(), i.upperBound());
            } else {
                RealIssue r = (RealIssue) issue;
                if (Double.isNaN(realStep)) {
                    throw new IllegalArgumentException("issue '" + r.name() + "' is real-valued on [" + r.lowerBound()
                            + ", " + r.upperBound() + "]; give a discretisation step");
                }
                b.discretisedIssue(r.name(), r.lowerBound(), r.upperBound(), realStep);
            }
        }
        return b.build();
    }

    /**
     * @param space   the space built from {@code domain}
     * @param domain  the domain
     * @param profile the profile
     * @return {@code eval_k(o)} for every issue k and option o of the space, under the profile's evaluators
     */
    public static double[][] evaluations(OutcomeSpace space, Domain domain, AdditiveProfile profile) {
        int k = space.issueCount();
        if (domain.issues().size() != k || profile.evaluators().size() != k) {
            throw new IllegalArgumentException("domain '" + domain.name() + "', profile '" + profile.name()
                    + "' and space must have the same issues");
        }
        double[][] v = new double[k][];
        for (int i = 0; i < k; i++) {
            IssueEvaluator e = profile.evaluators().get(i);
            v[i] = new double[space.optionCount(i)];
            for (int o = 0; o < v[i].length; o++) {
                v[i][o] = evaluate(e, space, i, o, profile.name());
            }
        }
        return v;
    }

    /**
     * @param profile the profile
     * @return the profile's weights as written, in issue order
     */
    public static double[] weights(AdditiveProfile profile) {
        double[] w = new double[profile.weights().size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = profile.weights().get(i);
        }
        return w;
    }

    /**
     * @param space   the space built from {@code domain}
     * @param domain  the domain
     * @param profile the profile
     * @return {@code U(x) = Σ_k weight_k·eval_k(x_k)}, weights as written
     */
    public static AdditiveUtility additive(OutcomeSpace space, Domain domain, AdditiveProfile profile) {
        return AdditiveUtility.of(space, weights(profile), evaluations(space, domain, profile));
    }

    /**
     * GeniusWeb reservation: a bid, not a number. Its utility under the profile is the reservation value NegMAS
     * derives from it ({@code base_ufun.py}, reference/negotiation-platforms.md §5).
     *
     * @return U(reservation bid), or empty when the profile has no reservation bid
     */
    public static java.util.OptionalDouble reservationBidUtility(OutcomeSpace space, Domain domain,
                                                                 AdditiveProfile profile) {
        if (profile.reservationBid().isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        int[] x = new int[space.issueCount()];
        for (int k = 0; k < x.length; k++) {
            String label = profile.reservationBid().get(space.issueName(k));
            x[k] = label == null ? -1 : space.optionIndex(k, label);
            if (x[k] < 0) {
                throw new IllegalArgumentException("reservation bid of profile '" + profile.name() + "' gives no valid"
                        + " value for issue '" + space.issueName(k) + "' (got " + label + ")");
            }
        }
        return java.util.OptionalDouble.of(additive(space, domain, profile).utility(x));
    }

    private static double evaluate(IssueEvaluator e, OutcomeSpace space, int k, int o, String profile) {
        if (e instanceof DiscreteEvaluator d) {
            return d.evaluate(space.optionLabel(k, o));
        }
        double x = space.numericValue(k, o);
        if (Double.isNaN(x)) {
            // GeniusWeb numeric ranges are read as discrete issues labelled with their exact decimal values
            try {
                x = Double.parseDouble(space.optionLabel(k, o));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("profile '" + profile + "' evaluates issue '" + space.issueName(k)
                        + "' numerically but option '" + space.optionLabel(k, o) + "' is not a number");
            }
        }
        if (e instanceof LinearIntegerEvaluator li) {
            return li.evaluate((long) x);
        }
        if (e instanceof RealEvaluator r) {
            return r.evaluate(x);
        }
        return ((NumberInterpolationEvaluator) e).evaluate(x);
    }
}
