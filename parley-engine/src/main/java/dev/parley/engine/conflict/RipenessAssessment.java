package dev.parley.engine.conflict;

import java.util.List;

/**
 * The ripeness test at one month: each of Zartman's three conditions and, for each failed one, why.
 *
 * @param month     the month assessed
 * @param stalemate every party expects neither a moving front nor a decisive outcome within the window
 * @param hurting   every party's cost is at or above its pain threshold
 * @param wayOut    an agreement exists that every party prefers to fighting on, under its own beliefs
 * @param reasons   one line per failed condition and party, naming the value and the threshold
 */
public record RipenessAssessment(int month, boolean stalemate, boolean hurting, boolean wayOut, List<String> reasons) {

    public RipenessAssessment {
        reasons = List.copyOf(reasons);
    }

    /** Ripe ⇔ stalemate ∧ hurting ∧ way out. */
    public boolean ripe() {
        return stalemate && hurting && wayOut;
    }
}
