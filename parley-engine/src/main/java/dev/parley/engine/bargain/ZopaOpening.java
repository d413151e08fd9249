package dev.parley.engine.bargain;

/**
 * The smallest change that would open an empty ZOPA.
 *
 * @param singlePartyFall for each party i: how much W_i must fall, others unchanged, for the ZOPA to become
 *                        non-empty ({@code +Infinity} when lowering W_i alone cannot open it)
 * @param jointFall       per party, the falls of the combination with the smallest total Σ_i fall_i
 * @param jointTotal      Σ_i jointFall_i
 * @param jointPoint      the frontier utility vector that the joint change makes acceptable
 */
public record ZopaOpening(double[] singlePartyFall, double[] jointFall, double jointTotal, double[] jointPoint) {
    public ZopaOpening {
        singlePartyFall = singlePartyFall.clone();
        jointFall = jointFall.clone();
        jointPoint = jointPoint.clone();
    }

    @Override
    public double[] singlePartyFall() {
        return singlePartyFall.clone();
    }

    @Override
    public double[] jointFall() {
        return jointFall.clone();
    }

    @Override
    public double[] jointPoint() {
        return jointPoint.clone();
    }
}
