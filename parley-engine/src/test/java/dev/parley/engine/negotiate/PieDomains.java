package dev.parley.engine.negotiate;

import dev.parley.engine.space.OutcomeSpace;

/** Split-the-pie domains for tests: outcome k gives party 0 the share k/N and party 1 the rest. */
final class PieDomains {
    private PieDomains() {
    }

    static NegotiationDomain pie(int n) {
        OutcomeSpace space = OutcomeSpace.builder().integerIssue("share0", 0, n).build();
        double[][] u = new double[2][n + 1];
        for (int k = 0; k <= n; k++) {
            u[0][k] = (double) k / n;
            u[1][k] = (double) (n - k) / n;
        }
        return NegotiationDomain.of(space, u, 2);
    }
}
