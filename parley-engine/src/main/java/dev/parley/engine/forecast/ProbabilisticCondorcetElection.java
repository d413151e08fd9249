package dev.parley.engine.forecast;

import dev.parley.model.forecast.KtabParameters.PceModel;
import dev.parley.model.forecast.KtabParameters.VictoryProbModel;
import dev.parley.model.forecast.KtabParameters.VotingRule;

/**
 * KTAB's voting and probabilistic Condorcet election (PCE) primitives ({@code lsyaseen/KTAB:
 * KTAB/kmodel/libsrc/kmodel.cpp}: {@code Model::vote}, {@code coalitions}, {@code vProb}, {@code condPCE},
 * {@code markovIncentivePCE}, {@code markovUniformPCE}, {@code scalarPCE}), re-implemented with the same
 * constants and the same order of floating-point operations so that results agree with KTAB's to the last bits
 * that matter.
 */
final class ProbabilisticCondorcetElection {

    /** Floor of every coalition strength ({@code Model::coalitions}, minC). */
    static final double MIN_COALITION = 1e-8;
    /** Half-width of the binary voting rule's linear ramp ({@code Model::vote}, sTol). */
    static final double BINARY_RAMP = 1e-8;

    private ProbabilisticCondorcetElection() {
    }

    /** Vote of an actor with weight {@code w} for an option of utility {@code uij} over one of utility {@code uik}. */
    static double vote(VotingRule rule, double w, double uij, double uik) {
        if (!(w > 0)) {
            throw new IllegalArgumentException("voting weight " + w
                    + " is not positive (KTAB needs capability > 0 and salience > 0 for every actor)");
        }
        double du = uij - uik;
        double bin = du / BINARY_RAMP;
        bin = bin > 1 ? 1 : bin;
        bin = bin < -1 ? -1 : bin;
        return switch (rule) {
            case BINARY -> w * bin;
            case PROP_BIN -> w * ((1 - 0.2) * du + 0.2 * bin);
            case PROPORTIONAL -> w * du;
            case PROP_CUBIC -> w * ((1 - 0.5) * du + 0.5 * (du * du * du));
            case CUBIC -> w * (du * du * du);
            case ASYM_PROSPECT -> du < 0 ? w * du : (du > 0 ? (2.0 * w * du) / 3.0 : 0.0);
        };
    }

    /**
     * KTAB's {@code Model::vProb} for one pair: writes P[s1 beats s2] to {@code out[0]} and P[s2 beats s1] to
     * {@code out[1]}, each computed as x/(x1 + x2) exactly as KTAB does.
     */
    static void victory(VictoryProbModel model, double s1, double s2, double[] out) {
        double x1;
        double x2;
        switch (model) {
            case LINEAR -> {
                x1 = s1;
                x2 = s2;
            }
            case SQUARE -> {
                x1 = s1 * s1;
                x2 = s2 * s2;
            }
            case QUARTIC -> {
                x1 = (s1 * s1) * (s1 * s1);
                x2 = (s2 * s2) * (s2 * s2);
            }
            case OCTIC -> {
                double q1 = (s1 * s1) * (s1 * s1);
                double q2 = (s2 * s2) * (s2 * s2);
                x1 = q1 * q1;
                x2 = q2 * q2;
            }
            case BINARY -> {
                // a 10 % strength advantage gives certainty, with linear interpolation in between (KTAB)
                double thresh = 1.10;
                if (s1 >= thresh * s2) {
                    x1 = 1.0;
                    x2 = 1e-6;
                } else if (s2 >= thresh * s1) {
                    x1 = 1e-6;
                    x2 = 1.0;
                } else {
                    double r12 = s1 / (s1 + s2);
                    double p12 = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0);
                    x1 = p12;
                    x2 = 1 - p12;
                }
            }
            default -> throw new IllegalStateException("unknown victory model " + model);
        }
        out[0] = x1 / (x1 + x2);
        out[1] = x2 / (x1 + x2);
    }

    /**
     * Coalition strengths: c[i][j] = 1e-8 + the votes for option i over j, for j &lt; i from the sign of
     * {@code vote(i, j)} as KTAB does. {@code u[k][o]} is actor k's utility for option o.
     */
    static double[][] coalitions(VotingRule rule, double[] w, double[][] u, int numAct, int numOpt) {
        double[][] c = new double[numOpt][numOpt];
        // options × actors copy, so that the inner loop over actors reads memory in order
        double[][] byOption = new double[numOpt][numAct];
        for (int k = 0; k < numAct; k++) {
            for (int o = 0; o < numOpt; o++) {
                byOption[o][k] = u[k][o];
            }
        }
        for (int i = 0; i < numOpt; i++) {
            double[] ui = byOption[i];
            for (int j = 0; j < i; j++) {
                double[] uj = byOption[j];
                double cij = MIN_COALITION;
                double cji = MIN_COALITION;
                for (int k = 0; k < numAct; k++) {
                    double v = vote(rule, w[k], ui[k], uj[k]);
                    if (v > 0) {
                        cij = cij + v;
                    }
                    if (v < 0) {
                        cji = cji - v;
                    }
                }
                c[i][j] = cij;
                c[j][i] = cji;
            }
            c[i][i] = MIN_COALITION;
        }
        return c;
    }

    /** Square matrix of P[i beats j] from coalition strengths; diagonal 1/2. */
    static double[][] victoryMatrix(VictoryProbModel model, double[][] c) {
        int m = c.length;
        double[][] p = new double[m][m];
        double[] pair = new double[2];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                victory(model, c[i][j], c[j][i], pair);
                p[i][j] = pair[0];
                p[j][i] = pair[1];
            }
            p[i][i] = 0.5;
        }
        return p;
    }

    /** Option probabilities from coalition strengths, {@code Model::probCE2}. */
    static double[] pce(PceModel pceModel, VictoryProbModel vpm, double[][] c) {
        double[][] pv = victoryMatrix(vpm, c);
        return switch (pceModel) {
            case CONDITIONAL -> conditional(pv);
            case MARKOV_INCENTIVE -> markovIncentive(c, pv);
            case MARKOV_UNIFORM -> markovUniform(pv);
        };
    }

    /** p_i ∝ Π_j P[i beats j] ({@code Model::condPCE}). */
    static double[] conditional(double[][] pv) {
        int m = pv.length;
        double[] p = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            double pi = 1.0;
            for (int j = 0; j < m; j++) {
                pi = pi * pv[i][j];
            }
            p[i] = pi;
        }
        for (int i = 0; i < m; i++) {
            total += p[i];
        }
        for (int i = 0; i < m; i++) {
            p[i] = p[i] / total;
        }
        return p;
    }

    /** Markov chain with challenge probabilities proportional to incentives ({@code markov-incentives.tex}). */
    static double[] markovIncentive(double[][] c, double[][] pv) {
        int m = c.length;
        double[][] inctv = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                inctv[i][j] = c[i][j] * pv[i][j] + (i == j ? 1e-10 : 0.0);
            }
        }
        double[][] chlg = new double[m][m];
        for (int j = 0; j < m; j++) {
            double sum = 0;
            for (int k = 0; k < m; k++) {
                sum = sum + inctv[k][j];
            }
            for (int i = 0; i < m; i++) {
                chlg[i][j] = inctv[i][j] / sum;
            }
        }
        double[] p = new double[m];
        java.util.Arrays.fill(p, 1.0 / m);
        double[] q = new double[m];
        double[][] ct = new double[m][m];
        double change = 1.0;
        int iter = 0;
        while (1e-8 < change) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    ct[i][j] = p[i] * chlg[j][i];
                }
            }
            change = 0.0;
            for (int i = 0; i < m; i++) {
                double qi = 0.0;
                for (int j = 0; j < m; j++) {
                    qi = qi + pv[i][j] * (ct[i][j] + ct[j][i]);
                }
                q[i] = qi;
                change = Math.max(change, Math.abs(q[i] - p[i]));
            }
            for (int i = 0; i < m; i++) {
                p[i] = (p[i] + q[i]) / 2.0;
            }
            if (++iter >= 1000) {
                throw new IllegalStateException("Markov-incentive PCE did not converge in 1000 iterations");
            }
        }
        return p;
    }

    /** Markov chain with uniform challenges ({@code Model::markovUniformPCE}). */
    static double[] markovUniform(double[][] pv) {
        int m = pv.length;
        double[] p = new double[m];
        java.util.Arrays.fill(p, 1.0 / m);
        double[] q = new double[m];
        double change = 1.0;
        int iter = 0;
        while (1e-6 < change) {
            change = 0;
            for (int i = 0; i < m; i++) {
                double pi = 0.0;
                for (int j = 0; j < m; j++) {
                    pi = pi + pv[i][j] * (p[i] + p[j]);
                }
                q[i] = pi / m;
                change = Math.max(change, Math.abs(q[i] - p[i]));
            }
            for (int i = 0; i < m; i++) {
                p[i] = (p[i] + q[i]) / 2.0;
            }
            if (++iter >= 1000) {
                throw new IllegalStateException("Markov-uniform PCE did not converge in 1000 iterations");
            }
        }
        return p;
    }

    /** {@code Model::scalarPCE}: option probabilities for actors of weight w with utilities u[actor][option]. */
    static double[] scalarPce(int numAct, int numOpt, double[] w, double[][] u, VotingRule rule,
                              VictoryProbModel vpm, PceModel pceModel) {
        return pce(pceModel, vpm, coalitions(rule, w, u, numAct, numOpt));
    }

    /** Index of the first largest |p_i| ({@code ndxMaxAbs}). */
    static int argMax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (Math.abs(p[i]) > Math.abs(p[best])) {
                best = i;
            }
        }
        return best;
    }
}
