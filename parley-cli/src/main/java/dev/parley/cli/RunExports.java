package dev.parley.cli;

import dev.parley.engine.montecarlo.DrawOutcome;
import dev.parley.engine.montecarlo.DrawResults;
import dev.parley.engine.montecarlo.DrawSampler;
import dev.parley.engine.montecarlo.DrawStreams;
import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import dev.parley.engine.montecarlo.SurvivalBand;
import dev.parley.engine.montecarlo.TalksFromFirstRipeMonth;
import dev.parley.engine.montecarlo.UncertainParameter;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.io.output.AtomicFiles;
import dev.parley.report.sections.MonteCarloSection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CSV exports of {@code parley run} next to report.html (columns in docs/exports.md), each written atomically:
 * draws.csv (one row per Monte Carlo draw), traces.csv (sample negotiation traces) and survival.csv (the survival
 * curve of the agreements reached, with its bands). Numbers are Java's shortest round-trip decimal form; an empty
 * cell is a value that does not exist in that draw (no ripe month, no agreement).
 */
final class RunExports {

    private RunExports() {
    }

    /**
     * @param central the central case's negotiation, or empty when it could not run
     * @return the paths written
     */
    static List<Path> write(Path directory, Optional<MonteCarloSection> monteCarlo,
            Optional<NegotiationStage.Negotiation> central) throws IOException {
        List<Path> written = new ArrayList<>();
        StringWriter traces = new StringWriter();
        PrintWriter t = new PrintWriter(traces);
        boolean header = true;
        if (central.isPresent()) {
            TraceCsv.write(t, central.get(), "central", true);
            header = false;
        }
        if (monteCarlo.isPresent()) {
            MonteCarloSection mc = monteCarlo.get();
            Path draws = directory.resolve("draws.csv");
            AtomicFiles.writeString(draws, drawsCsv(mc));
            written.add(draws);
            Path survival = directory.resolve("survival.csv");
            AtomicFiles.writeString(survival, survivalCsv(mc.survival()));
            written.add(survival);
            // the first draw whose talks reached an agreement: a "dance" that ends in a deal
            List<DrawOutcome> d = mc.run().results();
            for (int i = 0; i < d.size(); i++) {
                if (d.get(i).agreed()) {
                    Optional<NegotiationStage.Negotiation> n = mc.pipeline().negotiationOfDraw(mc.run().seed(),
                            mc.run().firstDraw() + i);
                    if (n.isPresent()) {
                        TraceCsv.write(t, n.get(), "draw " + (mc.run().firstDraw() + i), header);
                        header = false;
                    }
                    break;
                }
            }
        }
        t.flush();
        if (!traces.toString().isEmpty()) {
            Path p = directory.resolve("traces.csv");
            AtomicFiles.writeString(p, traces.toString());
            written.add(p);
        }
        return written;
    }

    static String drawsCsv(MonteCarloSection mc) {
        ScenarioDrawPipeline pipeline = mc.pipeline();
        DrawSampler sampler = pipeline.sampler();
        DrawResults<DrawOutcome> run = mc.run();
        OutcomeSpace space = mc.space();
        List<UncertainParameter> u = sampler.uncertain();
        StringBuilder out = new StringBuilder("draw");
        u.forEach(p -> out.append(',').append(csv(p.path())));
        sampler.factors().forEach(f -> out.append(',').append(csv("factor:" + f.id())));
        out.append(",zopa_at_start,first_ripe_month,median_durability_at_first_ripe_month,talks_ending,agreed,"
                + "agreement_month");
        for (int k = 0; k < space.issueCount(); k++) {
            out.append(',').append(csv("term:" + space.issueName(k)));
        }
        for (int m : TalksFromFirstRipeMonth.WAR_WITHIN) {
            out.append(",war_within_").append(m).append("_months");
        }
        out.append(",agreement_median_durability\n");
        List<DrawOutcome> d = run.results();
        for (int i = 0; i < d.size(); i++) {
            long index = run.firstDraw() + i;
            DrawSampler.Draw draw = sampler.sample(DrawStreams.forDraw(run.seed(), index));
            DrawOutcome o = d.get(i);
            out.append(index);
            for (UncertainParameter p : u) {
                out.append(',').append(number(draw.parameters()[p.index()]));
            }
            for (boolean on : draw.factorsOn()) {
                out.append(',').append(on ? 1 : 0);
            }
            out.append(',').append(o.zopaAtStart() ? 1 : 0).append(',')
                    .append(o.firstRipeMonth() < 0 ? "" : Integer.toString(o.firstRipeMonth())).append(',')
                    .append(number(o.medianDurability())).append(',')
                    .append(o.talks().ending().name().toLowerCase(java.util.Locale.ROOT)).append(',')
                    .append(o.agreed() ? 1 : 0).append(',')
                    .append(o.agreed() ? Integer.toString(o.talks().agreementMonth()) : "");
            int[] options = o.talks().agreedOptions();
            for (int k = 0; k < space.issueCount(); k++) {
                out.append(',').append(o.agreed() ? csv(space.optionLabel(k, options[k])) : "");
            }
            for (double w : o.talks().warWithin()) {
                out.append(',').append(number(w));
            }
            out.append(',').append(number(o.talks().medianDurability())).append('\n');
        }
        return out.toString();
    }

    static String survivalCsv(SurvivalBand b) {
        StringBuilder out = new StringBuilder("month,survival_mean,mean_low_90,mean_high_90,draws_p05,draws_p95,"
                + "draws\n");
        for (int m = 0; m < b.size(); m++) {
            out.append(b.months()[m]).append(',').append(number(b.mean()[m])).append(',')
                    .append(number(b.meanLow()[m])).append(',').append(number(b.meanHigh()[m])).append(',')
                    .append(number(b.drawP05()[m])).append(',').append(number(b.drawP95()[m])).append(',')
                    .append(b.curves()).append('\n');
        }
        return out.toString();
    }

    /** NaN (no value in this draw) as an empty cell; ±∞ as "inf" / "-inf". */
    private static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return Double.toString(x);
    }

    /** RFC 4180 quoting where needed. */
    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
