/**
 * Negotiation simulation: bargaining while fighting (DESIGN.md §4.4).
 *
 * <ul>
 * <li><b>Protocol</b>: {@link dev.parley.engine.negotiate.StackedAlternatingOffers} — stacked alternating offers for
 * 2..n parties (Aydoğan et al. 2017) over a {@link dev.parley.engine.negotiate.NegotiationDomain}, interleaved with
 * the months of the conflict model through {@link dev.parley.engine.negotiate.NoDealValues} (a W table:
 * {@link dev.parley.engine.negotiate.TabulatedNoDealValues}; W along a sampled front path:
 * {@link dev.parley.engine.negotiate.SampledFrontNoDealValues}), with ratifiers, deadline and walk-out, configured by
 * {@link dev.parley.engine.negotiate.NegotiationSettings}; it returns a
 * {@link dev.parley.engine.negotiate.NegotiationResult} with its trace of
 * {@link dev.parley.engine.negotiate.NegotiationEvent}s.</li>
 * <li><b>Strategies</b> implement {@link dev.parley.engine.negotiate.NegotiationStrategy} (a target utility and an
 * acceptance rule): {@link dev.parley.engine.negotiate.TimeDependentConcession} (Faratin, Sierra &amp; Jennings 1998),
 * {@link dev.parley.engine.negotiate.Hardliner}, {@link dev.parley.engine.negotiate.BatnaAware} (never below W_i(t)),
 * {@link dev.parley.engine.negotiate.RelativeTitForTat}, {@link dev.parley.engine.negotiate.AspirationAdaptation},
 * {@link dev.parley.engine.negotiate.BackwardInductionAlternatingOffers} (subgame-perfect, Ståhl/Rubinstein), and
 * {@link dev.parley.engine.negotiate.EscalateForLeverage} ({@link dev.parley.engine.negotiate.Escalating}: climbs
 * rungs ({@link dev.parley.engine.negotiate.EscalationStep}) of an
 * {@link dev.parley.engine.negotiate.EscalableConflict} when it expects them to raise its W: a drift-only
 * {@link dev.parley.engine.negotiate.EscalatingConflict}, or the pipeline's scenario-level
 * {@code ScenarioEscalation}, whose rungs apply the scenario's effects on drift, costs and trust and may change the
 * utilities the talks use from the rung's month on).</li>
 * <li><b>Offer choice</b> at a target: near-ties broken by a {@link dev.parley.engine.negotiate.FrequencyOpponentModel},
 * or the Pareto-optimal trade-off with known utilities.</li>
 * </ul>
 *
 * <pre>{@code
 * NegotiationDomain domain = NegotiationDomain.of(List.of(uA, uB), 2);
 * NegotiationResult r = new StackedAlternatingOffers(domain, NegotiationSettings.withDeadline(36))
 *         .run(List.of(new BatnaAware(TimeDependentConcession.boulware()), new BatnaAware(new RelativeTitForTat())),
 *              new TabulatedNoDealValues(valueOfNoDeal.values(), valueOfNoDeal.front()));
 * }</pre>
 */
package dev.parley.engine.negotiate;
