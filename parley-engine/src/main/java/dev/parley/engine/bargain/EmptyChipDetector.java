package dev.parley.engine.bargain;

import dev.parley.engine.space.Commitments;
import dev.parley.engine.space.PartyValuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Empty-chip detection (DESIGN.md §4.2). For option o on issue k offered to i:
 * {@code gain_i(o) = w_ik·q_i(o)·(v_ik(o) − v_ik(nd_k))}. The chip is empty when {@code gain < ε} although it
 * costs the offering side something or is presented as a concession. The reason is the first that applies of
 * {@link EmptyChipReason#WORSE_THAN_NO_DEAL} ({@code v(o) − v(nd) < −ε}),
 * {@link EmptyChipReason#ALREADY_NO_DEAL_STATE} ({@code |v(o) − v(nd)| ≤ ε}), {@link EmptyChipReason#NOT_CREDIBLE}
 * ({@code w·(v(o) − v(nd)) ≥ ε}: it would matter if believed) and {@link EmptyChipReason#NOT_SALIENT}
 * (otherwise: even fully believed it would be worth less than ε to i).
 */
public final class EmptyChipDetector {
    /** Default ε = 0.01 utility (DESIGN.md §4.2). */
    public static final double DEFAULT_EPSILON = 0.01;
    private final double epsilon;

    /** Uses {@link #DEFAULT_EPSILON}. */
    public EmptyChipDetector() {
        this(DEFAULT_EPSILON);
    }

    /** @param epsilon threshold ε > 0 */
    public EmptyChipDetector(double epsilon) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    /**
     * @param chip        the chip
     * @param valuations  every party's valuation, indexed by party
     * @param commitments credibility and obligor of every option
     * @param trust       {@code trust[i][j]}: party i's trust in party j
     * @return the assessment
     */
    public ChipAssessment assess(Chip chip, List<PartyValuation> valuations, Commitments commitments,
                                 double[][] trust) {
        int k = chip.issue();
        int o = chip.option();
        int i = chip.recipient();
        int j = chip.offerer();
        if (i < 0 || i >= valuations.size() || j < 0 || j >= valuations.size() || i >= trust.length) {
            throw new IllegalArgumentException("chip " + chip + " names a party outside 0.." + (valuations.size() - 1));
        }
        PartyValuation rec = valuations.get(i);
        if (k < 0 || k >= rec.weights().length || o < 0 || o >= rec.values()[k].length) {
            throw new IllegalArgumentException("chip " + chip + " names an issue or option that does not exist");
        }
        double w = rec.weights()[k];
        double dv = rec.values()[k][o] - rec.values()[k][rec.noDealOption()[k]];
        double q = o == rec.noDealOption()[k] ? 1.0 : commitments.credibilityFor(k, o, trust[i]);
        double gain = w * q * dv;
        PartyValuation off = valuations.get(j);
        double cost = off.weights()[k] * (off.values()[k][off.noDealOption()[k]] - off.values()[k][o]);
        boolean empty = gain < epsilon;
        Optional<EmptyChipReason> reason = Optional.empty();
        if (empty) {
            if (dv < -epsilon) {
                reason = Optional.of(EmptyChipReason.WORSE_THAN_NO_DEAL);
            } else if (dv <= epsilon) {
                reason = Optional.of(EmptyChipReason.ALREADY_NO_DEAL_STATE);
            } else if (w * dv >= epsilon) {
                reason = Optional.of(EmptyChipReason.NOT_CREDIBLE);
            } else {
                reason = Optional.of(EmptyChipReason.NOT_SALIENT);
            }
        }
        return new ChipAssessment(chip, gain, dv, w, q, cost, empty, reason);
    }

    /**
     * Scans every option that costs the offerer something ({@code offererCost > 0}) and reports the empty ones.
     *
     * @return the empty chips, by issue then option
     */
    public List<ChipAssessment> emptyConcessions(int offerer, int recipient, List<PartyValuation> valuations,
                                                 Commitments commitments, double[][] trust) {
        List<ChipAssessment> out = new ArrayList<>();
        PartyValuation off = valuations.get(offerer);
        for (int k = 0; k < off.weights().length; k++) {
            for (int o = 0; o < off.values()[k].length; o++) {
                ChipAssessment a = assess(new Chip(k, o, offerer, recipient), valuations, commitments, trust);
                if (a.offererCost() > 0 && a.empty()) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
