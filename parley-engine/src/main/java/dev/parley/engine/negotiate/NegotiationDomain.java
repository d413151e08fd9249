package dev.parley.engine.negotiate;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeEnumeration;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.Arrays;
import java.util.List;

/**
 * What a negotiation is about: an {@link OutcomeSpace} and every decider's utility of every outcome, enumerated
 * once into {@code u[decider][outcome]} (outcome = index in the space). Deciders {@code 0..partyCount-1} are the
 * parties at the table (they propose and respond); the rest are ratifiers, who neither propose nor respond but
 * must find a deal at least as good as their own value of no deal before it stands (DESIGN.md §4.4).
 *
 * <p>Outcomes crossing a red line (DESIGN.md §4.1: unacceptable to the decider who drew it) are excluded: nobody
 * proposes them, so no agreement can cross one.
 */
public final class NegotiationDomain {
    private final OutcomeSpace space;
    private final double[][] utilities;
    private final int partyCount;
    private final boolean[] excluded; // null: none

    private NegotiationDomain(OutcomeSpace space, double[][] utilities, int partyCount, boolean[] excluded) {
        this.space = space;
        this.utilities = utilities;
        this.partyCount = partyCount;
        this.excluded = excluded;
    }

    /**
     * @param deciders   utilities over one space: parties first, then ratifiers
     * @param partyCount how many of them sit at the table
     * @param redLines   every decider's red lines (e.g. {@code ScenarioBargaining.redLines()}); outcomes crossing any
     *                   are excluded
     * @return the domain
     */
    public static NegotiationDomain of(List<AdditiveUtility> deciders, int partyCount, List<RedLines> redLines) {
        return of(deciders, partyCount).excluding(redLines);
    }

    /**
     * @param space      the outcome space
     * @param utilities  {@code utilities[decider][outcome]}, as for {@link #of(OutcomeSpace, double[][], int)}
     * @param partyCount how many deciders (the first ones) sit at the table, at least 2
     * @param redLines   every decider's red lines; outcomes crossing any are excluded
     * @return the domain (the arrays are copied)
     */
    public static NegotiationDomain of(OutcomeSpace space, double[][] utilities, int partyCount,
                                       List<RedLines> redLines) {
        return of(space, utilities, partyCount).excluding(redLines);
    }

    /**
     * The outcomes picking a forbidden option o of issue k are, in index order, runs of {@code stride(k)} outcomes
     * every {@code stride(k)·optionCount(k)}: the mask is filled run by run, without decoding any outcome.
     */
    private NegotiationDomain excluding(List<RedLines> redLines) {
        RedLines all = RedLines.union(space, redLines.toArray(new RedLines[0]));
        int size = size();
        boolean[] out = new boolean[size];
        for (int k = 0; k < space.issueCount(); k++) {
            int stride = (int) space.stride(k);
            int period = stride * space.optionCount(k);
            for (int o = 0; o < space.optionCount(k); o++) {
                if (all.forbids(k, o)) {
                    for (int from = o * stride; from < size; from += period) {
                        Arrays.fill(out, from, from + stride, true);
                    }
                }
            }
        }
        int allowed = 0;
        for (boolean crosses : out) {
            allowed += crosses ? 0 : 1;
        }
        if (allowed == 0) {
            throw new IllegalArgumentException("every one of the " + out.length + " outcomes crosses a red line;"
                    + " there is nothing to negotiate: relax a red line");
        }
        return new NegotiationDomain(space, utilities, partyCount, out);
    }

    /** Whether outcome x crosses a red line (and is never proposed). */
    public boolean excluded(int outcome) {
        return excluded != null && excluded[outcome];
    }

    /**
     * @param deciders   additive (or expected) utilities over one space: parties first, then ratifiers
     * @param partyCount how many of them sit at the table, 2..deciders.size()
     * @return the domain, every outcome enumerated
     * @throws dev.parley.engine.space.SpaceTooLargeException above {@link OutcomeEnumeration#DEFAULT_LIMIT} outcomes
     */
    public static NegotiationDomain of(List<AdditiveUtility> deciders, int partyCount) {
        double[][] u = OutcomeEnumeration.utilities(deciders, OutcomeEnumeration.DEFAULT_LIMIT);
        return new NegotiationDomain(deciders.get(0).space(), checked(u, partyCount), partyCount, null);
    }

    /**
     * @param space      the outcome space
     * @param utilities  {@code utilities[decider][outcome]}, one column per decider of length {@code space.size()}
     * @param partyCount how many deciders (the first ones) sit at the table, at least 2
     * @return the domain (the arrays are copied)
     */
    public static NegotiationDomain of(OutcomeSpace space, double[][] utilities, int partyCount) {
        double[][] u = new double[utilities.length][];
        for (int i = 0; i < u.length; i++) {
            if (utilities[i].length != space.size()) {
                throw new IllegalArgumentException("decider " + i + " has " + utilities[i].length
                        + " utilities but the space has " + space.size() + " outcomes; give one per outcome");
            }
            u[i] = utilities[i].clone();
            for (int x = 0; x < u[i].length; x++) {
                if (!Double.isFinite(u[i][x])) {
                    throw new IllegalArgumentException("decider " + i + " has utility " + u[i][x] + " for outcome "
                            + x + "; utilities must be finite");
                }
            }
        }
        return new NegotiationDomain(space, checked(u, partyCount), partyCount, null);
    }

    private static double[][] checked(double[][] u, int partyCount) {
        if (partyCount < 2 || partyCount > u.length) {
            throw new IllegalArgumentException("partyCount = " + partyCount + " must lie in 2.." + u.length
                    + " (parties at the table, the other deciders being ratifiers)");
        }
        return u;
    }

    public OutcomeSpace space() {
        return space;
    }

    /** Number of outcomes. */
    public int size() {
        return utilities[0].length;
    }

    /** Parties and ratifiers. */
    public int deciderCount() {
        return utilities.length;
    }

    /** Parties at the table: deciders {@code 0..partyCount-1}. */
    public int partyCount() {
        return partyCount;
    }

    /** U_i(x). */
    public double utility(int decider, int outcome) {
        return utilities[decider][outcome];
    }

    /** Every decider's utility of one outcome. */
    public double[] utilitiesOf(int outcome) {
        double[] v = new double[utilities.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = utilities[i][outcome];
        }
        return v;
    }

    /** The column of decider i, shared (not copied): read it, never write it. */
    double[] column(int decider) {
        return utilities[decider];
    }

    /** The exclusion mask, shared, or null when nothing is excluded. */
    boolean[] exclusions() {
        return excluded;
    }
}
