package dev.parley.cli;

import dev.parley.engine.durability.DurabilityForecast;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.model.Scenario;
import dev.parley.report.Numbers;
import dev.parley.report.sections.DurabilitySection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley durability FILE}: how long the scenario's agreement would hold; {@code fit} for survival data. */
@Command(name = "durability", mixinStandardHelpOptions = true,
        header = "How long an agreement would hold, or fit survival models to your own data.",
        description = {"parley durability FILE prints the survival of the agreement the scenario leads",
            "to: P(renewed war) within 1, 2 and 5 years with an interval, the median time to",
            "renewed war and the main driver. The hazard is a Weibull baseline for the",
            "scenario's agreement_type (calibrated on UCDP termination data) times the hazard",
            "ratios of its provisions, a commitment term (rearmament_per_month: the deal stops",
            "being self-enforcing when a side's value of renewed war passes its value of the",
            "deal) and a compliance term (each promise of the deal kept with probability",
            "credibility x trust). The agreement is the Nash bargaining solution at --month",
            "with the values of no deal W(t) from the conflict model.",
            "",
            "parley durability fit DATA.csv fits Kaplan-Meier, a Weibull model with censoring",
            "or Cox proportional hazards to your own data (see parley durability fit --help).",
            "Docs: docs/cli.md and docs/conflict-and-durability.md."},
        subcommands = {DurabilityFitCommand.class})
final class DurabilityCommand implements Callable<Integer> {

    private static final int[] TABLE_MONTHS = {6, 12, 24, 36, 60, 84, 120};

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The scenario file (YAML or JSON), with a durability section.")
    Path file;

    @Option(names = "--month", paramLabel = "M", defaultValue = "0",
            description = "Month of signing, counted from the scenario start (default: ${DEFAULT-VALUE}).")
    int month;

    @Option(names = "--horizon", paramLabel = "MONTHS", defaultValue = "120",
            description = "Months of survival curve, at least 60 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ScenarioCase scenarioCase = new ScenarioCase();


    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (file == null) {
            throw new UserInputException("durability needs a scenario FILE (parley durability FILE), or survival "
                    + "data to fit (parley durability fit DATA.csv)");
        }
        OutputFormat.check(format);
        if (horizon < 60) {
            throw new UserInputException("--horizon " + horizon + " is too short: P(renewed war within 5 years) "
                    + "needs at least 60 months");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario s = scenarioCase.load(file, err);
        if (s.durability().isEmpty()) {
            throw new UserInputException(file + ": has no durability section; add e.g. durability: "
                    + "{agreement_type: ceasefire, provisions: [monitoring]} (docs/scenario-format.md)");
        }
        if (month < 0 || month > s.info().horizonMonths()) {
            throw new UserInputException("--month " + month + " is outside the scenario's months 0.."
                    + s.info().horizonMonths());
        }
        DurabilitySection section = new DurabilitySection(ScenarioDurability.of(s, month, s.simulation().seed(),
                horizon));
        DurabilityForecast f = section.result().forecast();
        switch (format) {
            case "json" -> out.println(OutputFormat.JSON.writeValueAsString(section.results()));
            case "csv" -> {
                out.println("month,survival,lower,upper");
                for (int m = 0; m <= f.horizonMonths(); m++) {
                    out.println(m + "," + f.survival()[m] + "," + f.lower()[m] + "," + f.upper()[m]);
                }
            }
            default -> {
                out.printf("%s: %s%n", s.info().id(), s.info().title());
                ScenarioDurability.Result r = section.result();
                out.printf("  %s signed in month %d (%s); provisions: %s%n", r.agreementType(), r.signingMonth(),
                        s.info().start().plusMonths(r.signingMonth()),
                        r.provisions().isEmpty() ? "none" : String.join(", ", r.provisions()));
                out.printf("  agreement: %s%n", r.agreement().orElse("none individually rational (empty ZOPA); "
                        + "priced at the values of no deal"));
                out.printf("  %s%n", section.summarySentence());
                if (!r.rearmingParties().isEmpty()) {
                    out.printf("  commitment: %s%n", r.firstUnenforceableMonth() < 0 ? "self-enforcing throughout"
                            : "not self-enforcing from month " + r.firstUnenforceableMonth());
                }
                r.commitments().forEach(c -> out.printf("  compliance: %s, q = %s x %s%n", c.name(),
                        Numbers.format(c.credibility()), Numbers.format(c.trust())));
                out.println("  drivers (effect on P(war within 5 years)):");
                f.drivers().forEach(d -> out.printf(Locale.ROOT, "    %-22s %+.3f%n", d.name(), d.effectOn5y()));
                out.printf("  %6s %9s %9s %9s%n", "month", "survival", "low", "high");
                for (int m : TABLE_MONTHS) {
                    if (m <= f.horizonMonths()) {
                        out.printf(Locale.ROOT, "  %6d %9.4f %9.4f %9.4f%n", m, f.survival()[m], f.lower()[m],
                                f.upper()[m]);
                    }
                }
            }
        }
        out.flush();
        return ParleyCommand.OK;
    }
}
