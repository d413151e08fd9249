package dev.parley.engine.bargain;

import java.util.List;

/**
 * A trade from a given outcome: one or two option changes on different issues that raise every party's
 * utility.
 *
 * @param moves     the changes, by issue
 * @param gains     utility change per party (all > tolerance)
 * @param jointGain Σ of the gains (the ranking key)
 * @param logroll   true when every single move alone lowers some party's utility: a genuine exchange of
 *                  concessions across issues rather than a one-issue improvement
 */
public record Trade(List<Move> moves, double[] gains, double jointGain, boolean logroll) {
    public Trade {
        moves = List.copyOf(moves);
        gains = gains.clone();
    }

    @Override
    public double[] gains() {
        return gains.clone();
    }

    /**
     * @param issue      issue index
     * @param fromOption the outcome's current option
     * @param toOption   the proposed option
     */
    public record Move(int issue, int fromOption, int toOption) {
    }
}
