/**
 * Outcome spaces and utilities over them (DESIGN.md §4.1), built from plain arrays so that any front end (the
 * scenario file, a GENIUS import, a test) can construct them.
 *
 * <h2>Typical wiring</h2>
 * <pre>{@code
 * OutcomeSpace space = OutcomeSpace.builder()
 *         .discreteIssue("ceasefire", "none", "partial", "full")      // option 0 ... n-1
 *         .discretisedIssue("buffer_km", 0, 30, 5)                    // continuous issue on a stated grid
 *         .build();
 * PartyValuation ukraine = new PartyValuation(weights, valueTables, noDealOptionPerIssue);
 * Commitments commitments = new Commitments(credibility, obligor);     // q(o) and who must deliver o
 * AdditiveUtility uUkr = ExpectedUtility.of(space, ukraine, commitments, trust[0]);   // U_i^e of §4.1
 * RedLines red = RedLines.union(space, RedLines.of(space, forbiddenUkr), RedLines.of(space, forbiddenRus));
 * }</pre>
 * Outcomes are {@code int[]} option choices or {@code long} mixed-radix indices ({@link
 * dev.parley.engine.space.OutcomeSpace#encode}). Weights are used as given unless
 * {@link dev.parley.engine.space.AdditiveUtility#normalised} is called. {@link
 * dev.parley.engine.space.DomainSpaces} converts imported GENIUS/GeniusWeb domains and profiles.
 * Enumeration never truncates: too-large requests throw {@link dev.parley.engine.space.SpaceTooLargeException}
 * naming the method to use instead.
 */
package dev.parley.engine.space;
