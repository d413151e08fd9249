package dev.parley.engine.pipeline;

import java.util.List;

/**
 * Ripeness month by month (the window of opportunity, DESIGN.md §4.3).
 *
 * @param deciders       parties and ratifiers (index of the per-decider arrays)
 * @param noDealSources  per decider, where its value of no deal comes from ("conflict model W(t)" or a stated
 *                       reservation)
 * @param parties        the deciders whose stalemate and hurting are tested (role party)
 * @param painThresholds κ per party, as used (scenario value, or the default 0 where absent)
 * @param painSources    per party, "scenario" or the default's reason
 * @param settings       H, ε_s, τ
 * @param valueOfNoDeal  W_i(t) from the conflict model with its errors (all deciders, months 0..H)
 * @param months         months 0..H − window (the look-ahead stays inside the horizon)
 */
public record RipenessTimeline(List<String> deciders, List<String> noDealSources, List<String> parties, double[] painThresholds,
                               List<String> painSources, RipenessSettings settings, ValueOfNoDeal valueOfNoDeal,
                               List<RipenessMonth> months) {

    public RipenessTimeline {
        deciders = List.copyOf(deciders);
        noDealSources = List.copyOf(noDealSources);
        parties = List.copyOf(parties);
        painThresholds = painThresholds.clone();
        painSources = List.copyOf(painSources);
        months = List.copyOf(months);
    }

    /** The ripe months (the window of opportunity), in order. */
    public int[] ripeMonths() {
        return months.stream().filter(RipenessMonth::ripe).mapToInt(RipenessMonth::month).toArray();
    }

    /** Months in which a condition holds: "stalemate", "hurting" or "way out". */
    public int count(String condition) {
        return (int) months.stream().filter(m -> switch (condition) {
            case "stalemate" -> m.assessment().stalemate();
            case "hurting" -> m.assessment().hurting();
            case "way out" -> m.assessment().wayOut();
            default -> throw new IllegalArgumentException("unknown condition '" + condition
                    + "'; expected stalemate, hurting or way out");
        }).count();
    }

    @Override
    public double[] painThresholds() {
        return painThresholds.clone();
    }
}
