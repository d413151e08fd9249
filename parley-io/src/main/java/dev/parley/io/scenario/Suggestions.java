package dev.parley.io.scenario;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …" for misspelt keys, ids and enumeration values (Levenshtein distance). */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a distance that still reads as a typo, if any. */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= tolerance(wrong) && bestDistance < wrong.length()
                ? Optional.of(best) : Optional.empty();
    }

    /**
     * Edits that still read as a typo: one in a word of up to 3 letters, two up to 8, then a third of the length.
     * Replacing every letter is never a typo ('D' is not a misspelt 'A').
     */
    static int tolerance(String wrong) {
        int n = wrong.length();
        return n <= 3 ? 1 : n <= 8 ? 2 : n / 3;
    }

    /** "did you mean 'x'?" or, failing that, the list of what is valid. */
    static String hint(String wrong, Collection<String> candidates, String what) {
        return closest(wrong, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElseGet(() -> what + ": " + String.join(", ", candidates));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
