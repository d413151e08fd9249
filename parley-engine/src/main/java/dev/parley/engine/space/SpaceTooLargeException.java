package dev.parley.engine.space;

/**
 * Thrown instead of silently truncating when a space is too large for the requested enumeration. The message
 * says how large the space is and which exact method (or sampled estimate) to use instead.
 */
public final class SpaceTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String alternative;

    /**
     * @param message     what was refused and why, with the sizes involved
     * @param alternative the method to use instead
     */
    public SpaceTooLargeException(String message, String alternative) {
        super(message + " [use instead: " + alternative + "]");
        this.alternative = alternative;
    }

    /** @return the exact method or sampled estimate to use instead */
    public String alternative() {
        return alternative;
    }
}
