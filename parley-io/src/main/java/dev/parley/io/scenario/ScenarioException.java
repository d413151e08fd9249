package dev.parley.io.scenario;

import java.util.List;

/** Thrown when a scenario cannot be loaded; carries every error found, each with its location. */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public ScenarioException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid scenario" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic, errors and notes, in file order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
