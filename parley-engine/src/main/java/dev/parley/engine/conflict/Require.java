package dev.parley.engine.conflict;

/** Argument checks with messages that name the parameter, the offending value and what would be valid. */
final class Require {
    private Require() {
    }

    static double probability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " = " + value + " is not a probability; expected a value in [0, 1]");
        }
        return value;
    }

    static double openProbability(String name, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " = " + value + " must lie strictly between 0 and 1");
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " must be a finite number >= 0");
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " must be a finite number > 0");
        }
        return value;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " must be a finite number");
        }
        return value;
    }

    static double discount(String name, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " = " + value
                    + " is not a discount factor; expected 0 < delta < 1 (e.g. 0.99 per month)");
        }
        return value;
    }
}
