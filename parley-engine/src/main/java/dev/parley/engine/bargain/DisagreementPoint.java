package dev.parley.engine.bargain;

import java.util.Arrays;
import java.util.Objects;

/**
 * The disagreement point d of a bargaining problem, with the convention that produced it
 * (DESIGN.md §4.2: default d_i = W_i(t); GENIUS d_i = reservation value; NegMAS d_i = max(rv_i, min u_i)).
 *
 * @param values     d_i per party; {@code -Infinity} means "no rationality constraint" for that party
 * @param convention how d was obtained, for reports
 */
public record DisagreementPoint(double[] values, String convention) {
    public DisagreementPoint {
        values = values.clone();
        Objects.requireNonNull(convention, "convention");
        for (double v : values) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("disagreement utilities must be finite or -Infinity, got "
                        + Arrays.toString(values));
            }
        }
    }

    /**
     * @param values d_i per party
     * @return d as given, e.g. each party's value of no deal W_i(t)
     */
    public static DisagreementPoint explicit(double... values) {
        return new DisagreementPoint(values, "explicit");
    }

    /**
     * GENIUS convention ({@code BidSpace}): d_i = the reservation value (0 when a profile has none).
     *
     * @param reservationValues rv_i per party
     * @return d = rv
     */
    public static DisagreementPoint geniusReservation(double... reservationValues) {
        return new DisagreementPoint(reservationValues, "GENIUS: d = reservation value");
    }

    /**
     * NegMAS convention ({@code ops.py} nash_points): d_i = max(rv_i, min u_i), i.e. the reservation value
     * when it lies at or above the minimum utility, otherwise the minimum utility.
     *
     * @param reservationValues rv_i per party
     * @param minUtilities      each party's minimum utility over the space
     * @return d = max(rv, min u)
     */
    public static DisagreementPoint negmasRationalMinimum(double[] reservationValues, double[] minUtilities) {
        if (reservationValues.length != minUtilities.length) {
            throw new IllegalArgumentException("need one reservation value and one minimum utility per party");
        }
        double[] d = new double[reservationValues.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.max(reservationValues[i], minUtilities[i]);
        }
        return new DisagreementPoint(d, "NegMAS: d = max(reservation value, minimum utility)");
    }

    /**
     * No rationality constraint (every d_i = -Infinity); valid for UTILITARIAN and GENIUS_MIN_ASYMMETRY only.
     *
     * @param parties number of parties
     * @return the unconstrained point
     */
    public static DisagreementPoint unconstrained(int parties) {
        double[] d = new double[parties];
        Arrays.fill(d, Double.NEGATIVE_INFINITY);
        return new DisagreementPoint(d, "none");
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * @param party party index
     * @return d_i
     */
    public double value(int party) {
        return values[party];
    }

    /** @return the number of parties */
    public int partyCount() {
        return values.length;
    }
}
