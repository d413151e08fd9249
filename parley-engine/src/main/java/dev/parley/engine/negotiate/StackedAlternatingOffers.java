package dev.parley.engine.negotiate;

import dev.parley.engine.negotiate.NegotiationResult.Ending;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stacked alternating offers protocol (SAOP) of Aydoğan, Festen, Hindriks &amp; Jonker (2017), "Alternating
 * offers protocols for multilateral negotiation", in Modern Approaches to Agent-based Complex Automated
 * Negotiation, Springer, 153–167 — for 2..n parties, interleaved with the months of the conflict model, with
 * ratifiers, a deadline and walk-out (DESIGN.md §4.4).
 *
 * <ul>
 *   <li><b>Turns.</b> Parties 0..p−1 take turns in a fixed order; a round is one turn each. Party 0 opens. On its
 *       turn a party either accepts the standing offer or replaces it with its own; the offer stands once all
 *       p−1 other parties have accepted it in a row and its proposer still stands by it (a party whose target lies
 *       above every outcome must still propose, but need not stand by that offer); for p = 2 this is Rubinstein's
 *       alternating offers.</li>
 *   <li><b>Offers.</b> A party's strategy names a target own utility; by default ({@link
 *       NegotiationSettings.OfferChoice#FREQUENCY_MODEL}) the offer is an outcome of own utility at
 *       least the target − tolerance, chosen among the near-ties (own utility within
 *       {@link NegotiationSettings#nearTieWindow()} above the lowest one reaching the target) as the one the others
 *       like best under a {@link FrequencyOpponentModel}; remaining ties go to the lower own utility, then the lower
 *       outcome index. A target above the own maximum yields an outcome of maximal own utility. With {@link
 *       NegotiationSettings.OfferChoice#KNOWN_UTILITIES} the offer is the Pareto-optimal trade-off at the target.</li>
 *   <li><b>Clock.</b> Round r is in month {@code startMonth + r / roundsPerMonth}; at each new month every decider's
 *       W_i(t) is read from the {@link NoDealValues}, so the battlefield moves while the parties talk. When some W
 *       moved, the parties backing the standing offer (its proposer and those who accepted it) then confirm it under their new W; if
 *       one withdraws, the offer lapses and the next party to move proposes. So every party backs an agreement
 *       under the W of the month it is reached in.</li>
 *   <li><b>Ratifiers</b> (two-level game, Putnam 1988): when all parties have accepted an offer, each ratifier
 *       approves it iff its utility is at least its own W_r(t); one veto voids the offer and the party whose turn
 *       it is proposes instead.</li>
 *   <li><b>Walk-out</b> (complete information, as in the bargaining analysis): at each new month, party i's best
 *       expectation from the talks is its highest utility over the outcomes that every other decider finds at
 *       least as good as its own W_j(t); if W_i(t) exceeds it by more than the tolerance, i leaves and the talks
 *       end. With a non-empty ZOPA nobody walks out.</li>
 *   <li><b>Escalation</b> (against an {@link EscalableConflict}): at the start of each month, before W is read,
 *       parties with an {@link Escalating} strategy may take a rung of the ladder; the conflict model applies the
 *       rung (and the counter-move, with its probability) and solves every W again. When the conflict also reports
 *       new utilities ({@link EscalableConflict#domain()}: e.g. trust fell, so promises are worth less), the talks
 *       use them from that month on: each party's utility range is renewed and the offers it has received are
 *       re-valued, and the standing offer must be confirmed again as after any move of W.</li>
 *   <li><b>Deadline.</b> Without agreement after {@code deadlineRounds} rounds the talks end.</li>
 * </ul>
 *
 * <p>Deterministic: no randomness is used; strategies needing it carry their own seeded generator. One instance
 * (sorted indices precomputed) can run many negotiations; a run keeps its state in locals, so runs may proceed
 * on several threads.
 */
public final class StackedAlternatingOffers {
    private final NegotiationDomain domain;
    private final NegotiationSettings settings;
    private final UtilityIndex[] index;
    private final View initial;

    public StackedAlternatingOffers(NegotiationDomain domain, NegotiationSettings settings) {
        this.domain = domain;
        this.settings = settings;
        this.index = indices(domain);
        this.initial = View.of(domain, index);
    }

    /** Each decider's highest utility over the outcomes that are not excluded, parties read from their index. */
    private static double[] highestUtilities(NegotiationDomain domain, UtilityIndex[] index) {
        double[] max = new double[domain.deciderCount()];
        for (int j = 0; j < max.length; j++) {
            if (j < index.length) {
                max[j] = index[j].max();
                continue;
            }
            max[j] = Double.NEGATIVE_INFINITY;
            for (int x = 0; x < domain.size(); x++) {
                if (!domain.excluded(x) && domain.utility(j, x) > max[j]) {
                    max[j] = domain.utility(j, x);
                }
            }
        }
        return max;
    }

    private static UtilityIndex[] indices(NegotiationDomain domain) {
        UtilityIndex[] index = new UtilityIndex[domain.partyCount()];
        for (int i = 0; i < index.length; i++) {
            index[i] = new UtilityIndex(domain.column(i), domain.exclusions());
        }
        return index;
    }

    /**
     * The utilities the talks use now: the protocol's own domain, or the one escalation has left, with each party's
     * sorted outcomes and each decider's highest utility.
     */
    private record View(NegotiationDomain domain, UtilityIndex[] index, double[] maxima) {
        static View of(NegotiationDomain domain, UtilityIndex[] index) {
            return new View(domain, index, highestUtilities(domain, index));
        }
    }

    private View view() {
        return initial;
    }

    public NegotiationDomain domain() {
        return domain;
    }

    public NegotiationSettings settings() {
        return settings;
    }

    /**
     * @param strategies one per party, in party order
     * @param noDeal     every decider's W_i(t)
     * @return the agreement or the breakdown, with the trace
     */
    public NegotiationResult run(List<? extends NegotiationStrategy> strategies, NoDealValues noDeal) {
        return run(strategies, noDeal, List.of());
    }

    /**
     * Talks against a conflict that the parties may escalate: at the start of each month, before W is read, each
     * party whose strategy is {@link Escalating} (in party order) may take one rung of the ladder still open to it;
     * a rung is taken at most once.
     *
     * @param strategies one per party, in party order
     * @param conflict   the conflict model, stepping month by month
     * @param ladder     the rungs, each with the party who may take it
     * @return the agreement or the breakdown, with the trace (escalations included)
     */
    public NegotiationResult run(List<? extends NegotiationStrategy> strategies, EscalableConflict conflict,
                                 List<EscalationStep> ladder) {
        for (EscalationStep step : ladder) {
            if (step.party() < 0 || step.party() >= domain.partyCount()) {
                throw new IllegalArgumentException("rung '" + step.id() + "' is for party " + step.party()
                        + " but the parties are 0.." + (domain.partyCount() - 1));
            }
        }
        return run(strategies, (NoDealValues) conflict, ladder);
    }

    private NegotiationResult run(List<? extends NegotiationStrategy> strategies, NoDealValues noDeal,
                                  List<EscalationStep> ladder) {
        int p = domain.partyCount();
        int n = domain.deciderCount();
        if (strategies.size() != p) {
            throw new IllegalArgumentException("the domain has " + p + " parties at the table but "
                    + strategies.size() + " strategies were given; give one per party");
        }
        if (noDeal.deciderCount() != n) {
            throw new IllegalArgumentException("the domain has " + n + " deciders (parties and ratifiers) but W_i(t)"
                    + " is given for " + noDeal.deciderCount());
        }
        double tol = settings.tolerance();
        int deadline = settings.deadlineRounds();
        NegotiationState[] states = new NegotiationState[p];
        View view = initial;
        for (int i = 0; i < p; i++) {
            states[i] = new NegotiationState(i, deadline, index[i].min(), index[i].max(), tol);
        }
        int[][] receivedOffers = new int[p][]; // outcomes each party was offered, to re-value after escalation
        int[] receivedCount = new int[p];
        for (int i = 0; i < p; i++) {
            receivedOffers[i] = new int[16];
        }
        FrequencyOpponentModel model = new FrequencyOpponentModel(domain.space(), p);
        boolean[] hasOffered = new boolean[p];
        boolean[] backing = new boolean[p]; // the proposer and the parties who accepted the standing offer
        List<NegotiationEvent> trace = settings.recordTrace() ? new ArrayList<>() : null;
        double[] w = new double[n];
        List<EscalationStep> open = new ArrayList<>(ladder);
        long[] work = new long[2]; // [0] turns, [1] offer evaluations (see NegotiationResult)
        int standing = -1;
        int proposer = -1;
        int acceptances = 0;
        int month = -1;
        double[] best = null;
        for (int r = 0; r < deadline; r++) {
            int m = settings.startMonth() + r / settings.roundsPerMonth();
            if (m != month) {
                month = m;
                boolean moved = false;
                if (!open.isEmpty()) {
                    EscalableConflict conflict = (EscalableConflict) noDeal;
                    escalations(conflict, open, strategies, states, w, r, month, trace);
                    NegotiationDomain now = conflict.domain();
                    if (now != null && now != view.domain()) {
                        view = switched(view, now, states, receivedOffers, receivedCount, deadline, tol);
                        moved = true;
                    }
                }
                for (int i = 0; i < n; i++) {
                    double v = noDeal.value(i, month);
                    moved |= v != w[i];
                    w[i] = v;
                }
                moved |= r == 0;
                if (trace != null) {
                    trace.add(new NegotiationEvent.MonthStarted(r, month, noDeal.front(month), w));
                }
                if (moved && standing >= 0
                        && !reconfirmed(view, standing, backing, states, strategies, r, month, w, trace)) {
                    standing = -1;
                    proposer = -1;
                    acceptances = 0;
                    Arrays.fill(backing, false);
                }
                if (settings.walkOut()) {
                    if (moved) {
                        best = bestExpected(view, w); // only when some W_i moved
                    }
                    for (int i = 0; i < p; i++) {
                        if (w[i] > best[i] + tol) {
                            if (trace != null) {
                                trace.add(new NegotiationEvent.WalkedOut(r, month, i, w[i], best[i]));
                            }
                            return new NegotiationResult(Ending.WALK_OUT, -1, r, month, new double[0], i, work[0],
                                    work[1], list(trace));
                        }
                    }
                }
            }
            for (int i = 0; i < p; i++) {
                NegotiationState state = states[i];
                state.setClock(r, month, w[i]);
                work[0]++;
                NegotiationStrategy strategy = strategies.get(i);
                if (standing >= 0 && proposer != i) {
                    work[1]++;
                    boolean accepted = strategy.accepts(state, view.domain().utility(i, standing));
                    if (trace != null) {
                        trace.add(new NegotiationEvent.Responded(r, month, i, standing, accepted));
                    }
                    if (accepted) {
                        acceptances++;
                        backing[i] = true;
                        if (acceptances < p - 1) {
                            continue;
                        }
                        if (proposerStands(view, standing, proposer, states, strategies, r, month, w, trace)
                                && ratified(view, standing, w, r, month, trace)) {
                            return new NegotiationResult(Ending.AGREEMENT, standing, r, month,
                                    view.domain().utilitiesOf(standing), -1, work[0], work[1], list(trace));
                        }
                    }
                }
                double target = strategy.target(state);
                if (Double.isNaN(target)) {
                    throw new IllegalStateException("the strategy of party " + i + " ("
                            + strategy.getClass().getSimpleName() + ") returned a NaN target in round " + r
                            + "; a target must be a number");
                }
                int offer = select(view, i, target, model, hasOffered, work);
                standing = offer;
                proposer = i;
                acceptances = 0;
                Arrays.fill(backing, false);
                backing[i] = true;
                model.observe(i, offer);
                hasOffered[i] = true;
                for (int j = 0; j < p; j++) {
                    if (j != i) {
                        states[j].receive(view.domain().utility(j, offer));
                        if (receivedCount[j] == receivedOffers[j].length) {
                            receivedOffers[j] = Arrays.copyOf(receivedOffers[j], 2 * receivedCount[j]);
                        }
                        receivedOffers[j][receivedCount[j]++] = offer;
                    }
                }
                if (trace != null) {
                    trace.add(new NegotiationEvent.Offered(r, month, i, offer, target,
                            view.domain().utilitiesOf(offer)));
                }
            }
        }
        return new NegotiationResult(Ending.DEADLINE, -1, deadline, month, new double[0], -1, work[0], work[1],
                list(trace));
    }

    private static List<NegotiationEvent> list(List<NegotiationEvent> trace) {
        return trace == null ? List.of() : trace;
    }

    /**
     * Escalation changed what the outcomes are worth (e.g. trust fell, so promises count for less): from this month
     * on the talks use the new utilities. Each party's state is rebuilt with its new utility range and the offers
     * it has received re-valued under its new utilities (it remembers what was offered, not what it was worth).
     */
    private View switched(View old, NegotiationDomain now, NegotiationState[] states, int[][] receivedOffers,
                          int[] receivedCount, int deadline, double tol) {
        if (now.size() != old.domain().size() || now.deciderCount() != old.domain().deciderCount()
                || now.partyCount() != old.domain().partyCount()) {
            throw new IllegalStateException("escalation changed the domain's shape (" + now.size() + " outcomes, "
                    + now.deciderCount() + " deciders instead of " + old.domain().size() + ", "
                    + old.domain().deciderCount() + "); it may change utilities only");
        }
        UtilityIndex[] ix = indices(now);
        for (int i = 0; i < states.length; i++) {
            NegotiationState fresh = new NegotiationState(i, deadline, ix[i].min(), ix[i].max(), tol);
            for (int k = 0; k < receivedCount[i]; k++) {
                fresh.receive(now.utility(i, receivedOffers[i][k]));
            }
            states[i] = fresh;
        }
        return View.of(now, ix);
    }

    private static void escalations(EscalableConflict conflict, List<EscalationStep> open,
                                    List<? extends NegotiationStrategy> strategies, NegotiationState[] states,
                                    double[] w, int round, int month, List<NegotiationEvent> trace) {
        for (int i = 0; i < strategies.size(); i++) {
            if (!(strategies.get(i) instanceof Escalating)) {
                continue;
            }
            List<EscalationStep> mine = new ArrayList<>();
            for (EscalationStep step : open) {
                if (step.party() == i) {
                    mine.add(step);
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            states[i].setClock(round, month, w[i]);
            java.util.Optional<EscalationStep> choice = ((Escalating) strategies.get(i)).escalate(states[i], conflict,
                    List.copyOf(mine));
            if (choice.isPresent()) {
                EscalationStep step = choice.get();
                if (!open.remove(step)) {
                    throw new IllegalStateException("party " + i + " chose rung '" + step.id()
                            + "', which is not open to it; choose among the rungs given");
                }
                boolean countered = conflict.escalate(month, step);
                if (trace != null) {
                    trace.add(new NegotiationEvent.Escalated(round, month, i, step.id(), countered,
                            conflict.driftShift(month)));
                }
            }
        }
    }

    /**
     * At a new month the parties backing the standing offer (its proposer and those who accepted it) are asked
     * again under their new W_i(t); if one of them no longer accepts it the offer lapses.
     */
    private boolean reconfirmed(View view, int outcome, boolean[] backing, NegotiationState[] states,
                                List<? extends NegotiationStrategy> strategies, int round, int month, double[] w,
                                List<NegotiationEvent> trace) {
        for (int i = 0; i < backing.length; i++) {
            if (backing[i]) {
                states[i].setClock(round, month, w[i]);
                boolean still = strategies.get(i).accepts(states[i], view.domain().utility(i, outcome));
                if (!still) {
                    if (trace != null) {
                        trace.add(new NegotiationEvent.Responded(round, month, i, outcome, false));
                    }
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The proposer is asked last whether it still stands by its offer: a party whose target lies above every
     * outcome (a BATNA-aware party whose W exceeds its best outcome) has had to propose something it does not want.
     */
    private boolean proposerStands(View view, int outcome, int proposer, NegotiationState[] states,
                                   List<? extends NegotiationStrategy> strategies, int round, int month, double[] w,
                                   List<NegotiationEvent> trace) {
        states[proposer].setClock(round, month, w[proposer]);
        boolean stands = strategies.get(proposer).accepts(states[proposer],
                view.domain().utility(proposer, outcome));
        if (!stands && trace != null) {
            trace.add(new NegotiationEvent.Responded(round, month, proposer, outcome, false));
        }
        return stands;
    }

    private boolean ratified(View view, int outcome, double[] w, int round, int month,
                             List<NegotiationEvent> trace) {
        NegotiationDomain domain = view.domain();
        boolean all = true;
        for (int r = domain.partyCount(); r < domain.deciderCount(); r++) {
            double u = domain.utility(r, outcome);
            boolean approved = u >= w[r];
            if (trace != null) {
                trace.add(new NegotiationEvent.Ratified(round, month, r, outcome, u, w[r], approved));
            }
            all &= approved;
        }
        return all;
    }

    /**
     * The offer of party i at a target: the lowest rank reaching {@code target − tol}, then within the near-tie
     * window the outcome with the highest frequency-model estimate summed over the other parties.
     */
    int select(int party, double target, FrequencyOpponentModel model, boolean[] hasOffered, long[] work) {
        return select(view(), party, target, model, hasOffered, work);
    }

    private int select(View view, int party, double target, FrequencyOpponentModel model, boolean[] hasOffered,
                       long[] work) {
        UtilityIndex ix = view.index()[party];
        int size = ix.size();
        int lo = ix.lowerBound(target - settings.tolerance());
        if (lo == size) {
            lo = ix.lowerBound(ix.max() - settings.tolerance());
        }
        if (settings.offerChoice() == NegotiationSettings.OfferChoice.KNOWN_UTILITIES) {
            return bestForOthers(view, party, lo, work);
        }
        boolean modelled = false;
        for (int j = 0; j < hasOffered.length; j++) {
            modelled |= j != party && hasOffered[j];
        }
        int best = ix.outcome(lo);
        work[1]++;
        if (!modelled) {
            return best;
        }
        double limit = ix.utility(lo) + settings.nearTieWindow();
        double bestScore = model.othersEstimate(party, best);
        for (int r = lo + 1; r < size && ix.utility(r) <= limit; r++) {
            int x = ix.outcome(r);
            work[1]++;
            double score = model.othersEstimate(party, x);
            if (score > bestScore) {
                bestScore = score;
                best = x;
            }
        }
        return best;
    }

    /** Among ranks {@code lo..size-1} of the party's index: max Σ_{j≠party} U_j, ties to the higher own utility. */
    private static int bestForOthers(View view, int party, int lo, long[] work) {
        NegotiationDomain domain = view.domain();
        UtilityIndex ix = view.index()[party];
        int p = domain.partyCount();
        int best = -1;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int r = lo; r < ix.size(); r++) {
            int x = ix.outcome(r);
            double sum = 0.0;
            for (int j = 0; j < p; j++) {
                if (j != party) {
                    sum += domain.utility(j, x);
                }
            }
            // ranks ascend in own utility, so >= moves ties to the higher own utility
            if (sum >= bestSum) {
                bestSum = sum;
                best = x;
            }
        }
        work[1] += ix.size() - lo;
        return best;
    }

    /**
     * For each party i, its highest utility over the outcomes that every other decider finds at least as good as
     * its own W_j(t), red lines respected (−∞ when there is none).
     */
    double[] bestExpected(double[] w) {
        return bestExpected(view(), w);
    }

    /**
     * Party i's outcomes are walked from its best down and the first one every other decider accepts gives the
     * answer: the same maximum as a scan of every outcome, usually after a few ranks. When some other decider's W lies
     * above everything it could get the answer is −∞ at once; when the walk has passed as many ranks as the fewest
     * outcomes another party accepts, the maximum is taken over those outcomes instead, so the cost is at most about
     * twice that count rather than the whole space.
     */
    private static double[] bestExpected(View view, double[] w) {
        NegotiationDomain domain = view.domain();
        UtilityIndex[] index = view.index();
        int p = domain.partyCount();
        int n = domain.deciderCount();
        double[] best = new double[p];
        for (int i = 0; i < p; i++) {
            best[i] = Double.NEGATIVE_INFINITY;
            boolean possible = true;
            for (int j = 0; j < n; j++) {
                possible &= j == i || !(view.maxima()[j] < w[j]);
            }
            if (!possible) {
                continue;
            }
            int fewest = Integer.MAX_VALUE;
            int narrowest = -1;
            for (int j = 0; j < p; j++) {
                int accepted = index[j].size() - index[j].lowerBound(w[j]);
                if (j != i && accepted < fewest) {
                    fewest = accepted;
                    narrowest = j;
                }
            }
            UtilityIndex own = index[i];
            int stop = Math.max(0, own.size() - fewest);
            int r = own.size() - 1;
            while (r >= stop && !acceptedByOthers(domain, i, own.outcome(r), w)) {
                r--;
            }
            if (r >= stop) {
                best[i] = highestAmongTies(domain, own, i, r, w);
            } else {
                UtilityIndex other = index[narrowest];
                for (int k = other.size() - fewest; k < other.size(); k++) {
                    int x = other.outcome(k);
                    if (acceptedByOthers(domain, i, x, w)) {
                        best[i] = Math.max(best[i], domain.utility(i, x));
                    }
                }
            }
        }
        return best;
    }

    /** Whether every decider but i finds outcome x at least as good as its W (a NaN W objects to nothing). */
    private static boolean acceptedByOthers(NegotiationDomain domain, int i, int x, double[] w) {
        for (int j = 0; j < w.length; j++) {
            if (j != i && domain.utility(j, x) < w[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The utility at rank r, the highest one the others accept; when it is −0.0, a +0.0 among the tied ranks below
     * that the others also accept makes the maximum +0.0, as {@link Math#max} would over all of them.
     */
    private static double highestAmongTies(NegotiationDomain domain, UtilityIndex own, int i, int r, double[] w) {
        double u = own.utility(r);
        if (Double.doubleToRawLongBits(u) != Double.doubleToRawLongBits(-0.0)) {
            return u;
        }
        for (int k = r - 1; k >= 0 && own.utility(k) == 0.0; k--) {
            if (Double.doubleToRawLongBits(own.utility(k)) == 0L && acceptedByOthers(domain, i, own.outcome(k), w)) {
                return 0.0;
            }
        }
        return u;
    }
}
