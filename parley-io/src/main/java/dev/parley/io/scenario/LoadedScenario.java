package dev.parley.io.scenario;

import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;

/** A scenario read from a file, with its parameter table and the notes made while reading it. */
public record LoadedScenario(Path file, Scenario scenario, ParameterTable parameters, List<Diagnostic> notes) {

    public LoadedScenario {
        notes = List.copyOf(notes);
    }
}
