package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FrontRandomWalk;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seeded runs give identical traces whether run one after another or on several threads at once. */
class DeterminismTest {
    private static final FrontRandomWalk WORLD = FrontRandomWalk.constant(0.0, 0.03);

    private static String run(StackedAlternatingOffers saop, long seed) {
        FightingValueProblem p0 = new FightingValueProblem(WORLD, 0.2, f -> 0.6 * f, 0.005, 0.0, 0.98, 12);
        FightingValueProblem p1 = new FightingValueProblem(WORLD, 0.2, f -> 0.6 * (1 - f), 0.005, 0.0, 0.98, 12);
        EscalatingConflict c = new EscalatingConflict(WORLD, 0.5, new FightingValueProblem[] {p0, p1},
                new SplittableRandom(seed));
        NegotiationResult r = saop.run(List.of(EscalateForLeverage.naive(new BatnaAware(new RelativeTitForTat())),
                new BatnaAware(new AspirationAdaptation(0.3))), c,
                List.of(new EscalationStep("strikes", 0, 0.01, 0.5, -0.02)));
        return r.trace().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void parallelRunsMatchSequentialOnes() {
        StackedAlternatingOffers saop = new StackedAlternatingOffers(PieDomains.pie(50),
                NegotiationSettings.withDeadline(12).withWalkOut(false));
        List<String> sequential = IntStream.range(0, 16).mapToObj(i -> run(saop, 77 + i)).toList();
        List<String> parallel = IntStream.range(0, 16).parallel().mapToObj(i -> run(saop, 77 + i)).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.stream().distinct().count()).isGreaterThan(1); // seeds matter
    }
}
