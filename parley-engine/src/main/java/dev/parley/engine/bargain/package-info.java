/**
 * Bargaining analysis (DESIGN.md §4.2) on the utilities of {@code dev.parley.engine.space}.
 *
 * <ul>
 * <li><b>Pareto frontiers</b>, ties kept, distinct utility points reported separately ({@link
 * dev.parley.engine.bargain.ParetoSet}); dominance with a tolerance ({@link dev.parley.engine.bargain.Dominance},
 * default 1e-9). Over a finite point set ({@code double[party][point]}): {@link
 * dev.parley.engine.bargain.SortSweepParetoFrontier} (2 parties, O(n log n)), {@link
 * dev.parley.engine.bargain.PresortedSkylineParetoFrontier} (any number of parties), {@link
 * dev.parley.engine.bargain.NaiveSkylineParetoFrontier} (baseline), {@link
 * dev.parley.engine.bargain.BruteForceParetoFrontier} (definition, for tests). Over a whole product space
 * without enumerating it: {@link dev.parley.engine.bargain.AdditiveMergeParetoFrontier} (additive utilities,
 * red lines honoured) and {@link dev.parley.engine.bargain.HyperRectangleParetoFrontier} (GENIUS non-linear
 * profiles).</li>
 * <li><b>Solution concepts</b> ({@link dev.parley.engine.bargain.SolutionConcept}) with an explicit
 * {@link dev.parley.engine.bargain.DisagreementPoint} and named conventions, and distances:
 * {@link dev.parley.engine.bargain.BargainingSolutions}.</li>
 * <li><b>ZOPA</b> against numeric values of no deal W_i(t): {@link dev.parley.engine.bargain.ZopaAnalyzer}.</li>
 * <li><b>Empty chips</b>: {@link dev.parley.engine.bargain.EmptyChipDetector}.</li>
 * <li><b>Trades (logrolling)</b>: {@link dev.parley.engine.bargain.TradeFinder}.</li>
 * </ul>
 *
 * <p><b>One call per month:</b> {@link dev.parley.engine.bargain.BargainingAnalysis#analyse} on a
 * {@link dev.parley.engine.bargain.BargainingProblem} (space, valuations, commitments, trust, red lines, W(t))
 * returns a {@link dev.parley.engine.bargain.BargainingReport} with all of the above; or call the parts:
 *
 * <pre>{@code
 * ParetoSet f = new AdditiveMergeParetoFrontier().compute(List.of(uUkr, uRus), red);
 * SolutionPoint nash = BargainingSolutions.solve(f, SolutionConcept.NASH,
 *         DisagreementPoint.explicit(wUkr, wRus)).orElseThrow();
 * long[] outcomes = f.members(nash.pointIndex(), 1000);     // outcome indices; refuses above the limit
 * Zopa z = new ZopaAnalyzer().analyse(List.of(uUkr, uRus), new double[] {wUkr, wRus}, red, new SplittableRandom(seed));
 * }</pre>
 */
package dev.parley.engine.bargain;
