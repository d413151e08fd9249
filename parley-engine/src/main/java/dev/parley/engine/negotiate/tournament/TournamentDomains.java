package dev.parley.engine.negotiate.tournament;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.pipeline.BargainingAtMonth;
import dev.parley.engine.pipeline.BargainingStage;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import dev.parley.model.Actor;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link TournamentDomain}s from GENIUS domains and from Parley scenarios. */
public final class TournamentDomains {

    private TournamentDomains() {
    }

    /**
     * A GENIUS / GeniusWeb domain with two additive profiles, utilities as GENIUS defines them
     * ({@link DomainSpaces}: weights as written, discrete evaluations divided by the largest).
     *
     * @param name         the domain's name in the results
     * @param domain       the domain (no real-valued issues)
     * @param parties      the two profiles' names
     * @param profiles     the two profiles
     * @param reservations their reservation values (GENIUS: {@code <reservation value>}, 0 when absent)
     * @throws dev.parley.engine.space.SpaceTooLargeException above {@link TournamentDomain#MAX_OUTCOMES} outcomes
     * @throws IllegalArgumentException for a real-valued issue
     */
    public static TournamentDomain genius(String name, Domain domain, List<String> parties,
                                          List<AdditiveProfile> profiles, double[] reservations) {
        OutcomeSpace space = DomainSpaces.space(domain);
        TournamentDomain.checkSize(name, space);
        List<AdditiveUtility> us = new ArrayList<>();
        for (AdditiveProfile p : profiles) {
            us.add(DomainSpaces.additive(space, domain, p));
        }
        return TournamentDomain.ofAdditive(name, parties, us, reservations, List.of());
    }

    /**
     * The two parties at the table of a scenario (its actors with role {@code party}, in scenario order), with the
     * utilities and values of no deal of the bargaining analysis at month 0 ({@link BargainingStage}: each party's
     * expected utility, commitments discounted by trust; W = the stated reservation, else W_i(0) from the conflict
     * model, else the utility of the no-deal outcome), held fixed for the whole negotiation. Ratifiers and
     * stakeholders are left out; every decider's red lines (ratifiers' included) still exclude outcomes.
     *
     * @param scenario the scenario, usually its central case
     * @param seed     seeds the bargaining analysis (only its sampled ZOPA count uses it, not used here)
     * @throws IllegalArgumentException unless the scenario has exactly two parties
     */
    public static TournamentDomain scenario(Scenario scenario, long seed) {
        List<Integer> parties = new ArrayList<>();
        BargainingAtMonth month0 = BargainingStage.run(scenario, 0, seed);
        List<String> deciders = month0.problem().deciders();
        for (int i = 0; i < deciders.size(); i++) {
            String id = deciders.get(i);
            if (scenario.actor(id).map(Actor::role).orElseThrow() == Role.PARTY) {
                parties.add(i);
            }
        }
        if (parties.size() != 2) {
            throw new IllegalArgumentException("scenario '" + scenario.info().id() + "' has " + parties.size()
                    + " actors with role: party; a tournament domain is bilateral: it needs exactly 2");
        }
        TournamentDomain.checkSize(scenario.info().id(), month0.problem().space());
        double[] w = month0.noDealValues();
        List<AdditiveUtility> expected = BargainingAnalysis.expectedUtilities(month0.problem().problem(w));
        List<RedLines> red = month0.problem().redLines();
        RedLines all = RedLines.union(month0.problem().space(), red.toArray(new RedLines[0]));
        int a = parties.get(0);
        int b = parties.get(1);
        return TournamentDomain.ofAdditive(scenario.info().id(), List.of(deciders.get(a), deciders.get(b)),
                List.of(expected.get(a), expected.get(b)), new double[] {w[a], w[b]}, List.of(all, all));
    }
}
