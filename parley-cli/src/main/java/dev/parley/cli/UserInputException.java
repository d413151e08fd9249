package dev.parley.cli;

/** A command-line mistake that is not a scenario error (an unwritable output folder, say): exit code 2. */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
