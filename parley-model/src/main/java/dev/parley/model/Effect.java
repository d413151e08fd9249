package dev.parley.model;

/**
 * A change to one parameter, addressed by its parameter path (see {@link ParameterTable}); {@code source} says where
 * the size of the change comes from (empty when the scenario gives none).
 */
public record Effect(String path, Operation operation, double amount, String source) {

    public Effect {
        source = source == null ? "" : source;
    }

    /** An effect whose size has no stated source. */
    public Effect(String path, Operation operation, double amount) {
        this(path, operation, amount, "");
    }

    /** How the amount combines with the current value. */
    public enum Operation {
        ADD, MULTIPLY, SET;

        public double apply(double current, double amount) {
            return switch (this) {
                case ADD -> current + amount;
                case MULTIPLY -> current * amount;
                case SET -> amount;
            };
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
