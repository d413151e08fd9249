package dev.parley.model.forecast;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The nine model parameters of KTAB's Spatial Model of Politics, as they appear in a KTAB XML scenario's
 * {@code <ModelParameters>} element ({@code lsyaseen/KTAB:examples/smp/doc/smpSchema.xsd}). Defaults are KTAB's
 * ({@code kmodel.h}, {@code smp.h}) and are the ones echoed by the reference run
 * {@code 20170530_ref-dummyData_3Dim.txt}.
 *
 * @param victoryProbModel  how coalition strengths map to a probability of victory
 * @param votingRule        how a utility difference maps to a vote
 * @param pceModel          the probabilistic Condorcet election variant
 * @param stateTransitions  deterministic (argmax) or stochastic choice of bargains
 * @param bigRRange         range of inferred risk attitudes
 * @param bigRAdjust        how far an actor's estimate of another's risk attitude moves from its own
 * @param thirdPartyCommit  how committed third parties are in a challenge
 * @param interVecBrgn      how two positions are interpolated into a bargain
 * @param bargnModel        whose interpolations become proposed bargains
 */
public record KtabParameters(VictoryProbModel victoryProbModel, VotingRule votingRule, PceModel pceModel,
                             StateTransitions stateTransitions, BigRRange bigRRange, BigRAdjust bigRAdjust,
                             ThirdPartyCommit thirdPartyCommit, InterVecBrgn interVecBrgn, BargnModel bargnModel) {

    /** KTAB {@code VPModel}: probability of victory from coalition strengths. */
    public enum VictoryProbModel implements Named {
        LINEAR("Linear"), SQUARE("Square"), QUARTIC("Quartic"), OCTIC("Octic"), BINARY("Binary");
        private final String ktab;
        VictoryProbModel(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code VotingRule}. */
    public enum VotingRule implements Named {
        BINARY("Binary"), PROP_BIN("PropBin"), PROPORTIONAL("Prop"), PROP_CUBIC("PropCbc"), CUBIC("Cubic"),
        ASYM_PROSPECT("ASymProsp");
        private final String ktab;
        VotingRule(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code PCEModel}. */
    public enum PceModel implements Named {
        CONDITIONAL("Conditional"), MARKOV_INCENTIVE("MarkovIncentive"), MARKOV_UNIFORM("MarkovUniform");
        private final String ktab;
        PceModel(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code StateTransMode}. */
    public enum StateTransitions implements Named {
        DETERMINISTIC("Deterministic"), STOCHASTIC("Stochastic");
        private final String ktab;
        StateTransitions(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code BigRRange}. */
    public enum BigRRange implements Named {
        MIN("Min"), MID("Mid"), MAX("Max");
        private final String ktab;
        BigRRange(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code BigRAdjust}. */
    public enum BigRAdjust implements Named {
        NONE("None"), ONE_THIRD("OneThird"), HALF("Half"), TWO_THIRDS("TwoThirds"), FULL("Full");
        private final String ktab;
        BigRAdjust(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code ThirdPartyCommit}. */
    public enum ThirdPartyCommit implements Named {
        NO_COMMIT("NoCommit"), SEMI_COMMIT("SemiCommit"), FULL_COMMIT("FullCommit");
        private final String ktab;
        ThirdPartyCommit(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code InterVecBrgn}. */
    public enum InterVecBrgn implements Named {
        S1P1("S1P1"), S2P2("S2P2"), S2PMAX("S2PMax");
        private final String ktab;
        InterVecBrgn(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** KTAB {@code SMPBargnModel}. */
    public enum BargnModel implements Named {
        INIT_ONLY_INTERP("InitOnlyInterp"), INIT_RCVR_INTERP("InitRcvrInterp"), PW_COMP_INTERP("PWCompInterp");
        private final String ktab;
        BargnModel(String k) { ktab = k; }
        @Override public String ktabName() { return ktab; }
    }

    /** An enum constant with the spelling KTAB uses in its XML and logs. */
    public interface Named {
        String ktabName();
    }

    public KtabParameters {
        Objects.requireNonNull(victoryProbModel, "victoryProbModel");
        Objects.requireNonNull(votingRule, "votingRule");
        Objects.requireNonNull(pceModel, "pceModel");
        Objects.requireNonNull(stateTransitions, "stateTransitions");
        Objects.requireNonNull(bigRRange, "bigRRange");
        Objects.requireNonNull(bigRAdjust, "bigRAdjust");
        Objects.requireNonNull(thirdPartyCommit, "thirdPartyCommit");
        Objects.requireNonNull(interVecBrgn, "interVecBrgn");
        Objects.requireNonNull(bargnModel, "bargnModel");
    }

    /**
     * KTAB's defaults: Linear, Prop, Conditional, Deterministic, Mid, OneThird, SemiCommit, S2P2, InitOnlyInterp
     * ({@code kmodel.h} and {@code smp.h}; echoed in {@code 20170530_ref-dummyData_3Dim.txt}).
     */
    public static KtabParameters defaults() {
        return new KtabParameters(VictoryProbModel.LINEAR, VotingRule.PROPORTIONAL, PceModel.CONDITIONAL,
                StateTransitions.DETERMINISTIC, BigRRange.MID, BigRAdjust.ONE_THIRD, ThirdPartyCommit.SEMI_COMMIT,
                InterVecBrgn.S2P2, BargnModel.INIT_ONLY_INTERP);
    }

    /**
     * Looks up an enum constant by its KTAB spelling (exact, case-sensitive as in KTAB's {@code enumFromName}).
     *
     * @return the constant, or {@code null} when the name is unknown
     */
    public static <E extends Enum<E> & Named> E fromKtabName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.ktabName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** @return the KTAB spellings of a parameter's values, for error messages */
    public static <E extends Enum<E> & Named> String ktabNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::ktabName).collect(Collectors.joining(", "));
    }

    public KtabParameters withVotingRule(VotingRule v) {
        return new KtabParameters(victoryProbModel, v, pceModel, stateTransitions, bigRRange, bigRAdjust,
                thirdPartyCommit, interVecBrgn, bargnModel);
    }

    public KtabParameters withVictoryProbModel(VictoryProbModel v) {
        return new KtabParameters(v, votingRule, pceModel, stateTransitions, bigRRange, bigRAdjust,
                thirdPartyCommit, interVecBrgn, bargnModel);
    }

    public KtabParameters withPceModel(PceModel v) {
        return new KtabParameters(victoryProbModel, votingRule, v, stateTransitions, bigRRange, bigRAdjust,
                thirdPartyCommit, interVecBrgn, bargnModel);
    }

    public KtabParameters withBigR(BigRRange range, BigRAdjust adjust) {
        return new KtabParameters(victoryProbModel, votingRule, pceModel, stateTransitions, range, adjust,
                thirdPartyCommit, interVecBrgn, bargnModel);
    }

    public KtabParameters withBargaining(ThirdPartyCommit tpc, InterVecBrgn ivb, BargnModel bm) {
        return new KtabParameters(victoryProbModel, votingRule, pceModel, stateTransitions, bigRRange, bigRAdjust,
                tpc, ivb, bm);
    }
}
