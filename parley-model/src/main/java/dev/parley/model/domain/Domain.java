package dev.parley.model.domain;

import java.util.List;
import java.util.Objects;

/**
 * A negotiation domain: the issues, in file order (GENIUS issue index order).
 *
 * @param name   domain name (file name or the name given in the file)
 * @param issues the issues, at least one
 */
public record Domain(String name, List<Issue> issues) {
    public Domain {
        Objects.requireNonNull(name, "name");
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("domain '" + name + "' has no issues; give at least one");
        }
    }

    /** @return the position of the issue with this name, or -1 */
    public int indexOf(String issueName) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).name().equals(issueName)) {
                return i;
            }
        }
        return -1;
    }
}
