package dev.parley.model;

/** What holds on an issue when there is no agreement. */
public sealed interface NoDeal {

    /** A fixed option of a discrete issue. */
    record Option(String option) implements NoDeal {
    }

    /** A fixed value of a continuous issue. */
    record Value(double value) implements NoDeal {
    }

    /** The issue follows a variable of the conflict model month by month (today only {@code front}). */
    record FromConflict(String variable) implements NoDeal {
    }
}
