package dev.parley.io.scenario;

import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario file (YAML or JSON): strict UTF-8 text, then syntax, then the JSON Schema, then the semantic
 * rules, then parameter paths and distributions. Each stage reports every problem it finds, located; a later stage
 * runs only on what the earlier ones accepted.
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    /**
     * Loads and validates {@code file}.
     *
     * @throws ScenarioException with every error found (file, line, column, path, message, hint)
     */
    public static LoadedScenario read(Path file) {
        String text = SourceText.read(file);
        LocatedTree tree = LocatedTreeReader.read(file, text);
        if (!tree.root().isObject()) {
            throw new ScenarioException(List.of(tree.error("", "the document is "
                    + SchemaErrorTranslator.describe(tree.root()) + ", not a mapping",
                    "a scenario is a mapping with keys scenario, actors, issues, preferences, ...")));
        }
        List<Diagnostic> schemaErrors = new SchemaErrorTranslator(tree, ScenarioSchema.schemaRoot())
                .translate(ScenarioSchema.validate(tree.root()));
        if (!schemaErrors.isEmpty()) {
            throw new ScenarioException(schemaErrors);
        }
        List<Diagnostic> semanticErrors = new SemanticRules(tree).check();
        if (!semanticErrors.isEmpty()) {
            throw new ScenarioException(sorted(semanticErrors));
        }
        ScenarioBinder binder = new ScenarioBinder(tree);
        Scenario scenario = binder.bind();
        ParameterTable parameters = ParameterTable.of(scenario);
        List<Diagnostic> parameterErrors = new ParameterRules(tree, parameters).check();
        if (!parameterErrors.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(parameterErrors);
            all.addAll(binder.notes());
            throw new ScenarioException(sorted(all));
        }
        return new LoadedScenario(file, scenario, parameters, sorted(binder.notes()));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }
}
