package dev.parley.engine.durability;

import java.util.List;

/**
 * Compliance with the agreement's commitments (DESIGN.md §4.5): commitment k is implemented with probability
 * {@code q_k = credibility_k · trust_k} (trust of the beneficiary in the obligor, DESIGN.md §4.1); by its due month a
 * failure is visible and raises the hazard by the non-compliance ratio R. The term is the hazard multiplier averaged
 * over implemented / not implemented: {@code compliance(s) = Π_{k: due_k ≤ s} (q_k + (1 − q_k)·R)}.
 */
public final class ComplianceTerm {

    /**
     * One commitment of the agreement.
     *
     * @param name        what it is (for the report)
     * @param credibility q ∈ [0,1], the commitment's own credibility
     * @param trust       the beneficiary's trust in the obligor, in [0,1]
     * @param dueMonth    months after signing by which it must be implemented (≥ 0)
     */
    public record Commitment(String name, double credibility, double trust, int dueMonth) {
        public Commitment {
            Require.probability("credibility", credibility);
            Require.probability("trust", trust);
            if (dueMonth < 0) {
                throw new IllegalArgumentException("dueMonth = " + dueMonth + " must be >= 0 (months after signing)");
            }
        }

        /** q = credibility · trust. */
        public double implementationProbability() {
            return credibility * trust;
        }
    }

    private static final ComplianceTerm NONE = new ComplianceTerm(List.of(), 1.0);

    private final List<Commitment> commitments;
    private final double nonComplianceRatio;

    private ComplianceTerm(List<Commitment> commitments, double nonComplianceRatio) {
        this.commitments = List.copyOf(commitments);
        this.nonComplianceRatio = nonComplianceRatio;
    }

    /** No commitments: multiplier 1 throughout. */
    public static ComplianceTerm none() {
        return NONE;
    }

    /** @param nonComplianceRatio R ≥ 1, e.g. {@link DurabilityDefaults#NON_COMPLIANCE_HAZARD_RATIO} */
    public static ComplianceTerm of(List<Commitment> commitments, double nonComplianceRatio) {
        if (!(nonComplianceRatio >= 1.0) || Double.isInfinite(nonComplianceRatio)) {
            throw new IllegalArgumentException("nonComplianceRatio = " + nonComplianceRatio
                    + " must be a finite number >= 1 (a broken commitment does not make peace safer)");
        }
        return new ComplianceTerm(commitments, nonComplianceRatio);
    }

    /** The hazard multiplier for month s. */
    public double multiplier(int month) {
        double m = 1.0;
        for (Commitment c : commitments) {
            if (c.dueMonth() <= month) {
                double q = c.implementationProbability();
                m *= q + (1.0 - q) * nonComplianceRatio;
            }
        }
        return m;
    }

    /** Whether this term can ever differ from 1. */
    public boolean isNone() {
        return commitments.isEmpty() || nonComplianceRatio == 1.0;
    }
}
