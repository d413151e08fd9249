package dev.parley.model;

import java.util.List;
import java.util.Map;

/** How much an actor values each outcome of one issue, in [0, 1]. */
public sealed interface ValueFunction {

    /** Value per option of a discrete issue. */
    record Table(Map<String, Param> values) implements ValueFunction {
        public Table {
            values = OrderedMaps.copy(values);
        }
    }

    /** Linear in a continuous issue: {@code atMin} at the range's minimum, {@code atMax} at its maximum. */
    record Linear(double atMin, double atMax) implements ValueFunction {
    }

    /** Piecewise linear through points (x, v), x increasing, for a continuous issue. */
    record PiecewiseLinear(List<Point> points) implements ValueFunction {
        public PiecewiseLinear {
            points = List.copyOf(points);
        }
    }

    /** A breakpoint of a piecewise-linear value function. */
    record Point(double x, double value) {
    }
}
