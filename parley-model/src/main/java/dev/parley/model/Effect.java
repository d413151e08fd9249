package dev.parley.model;

/** A change to one parameter, addressed by its parameter path (see {@code ParameterPath}). */
public record Effect(String path, Operation operation, double amount) {

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
