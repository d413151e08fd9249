package dev.parley.report.tournament;

import dev.parley.engine.negotiate.tournament.TournamentDomain;
import dev.parley.engine.negotiate.tournament.TournamentNegotiation;
import dev.parley.engine.negotiate.tournament.TournamentResult;
import dev.parley.engine.negotiate.tournament.TournamentSettings;
import dev.parley.engine.negotiate.tournament.TournamentSummary;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code tournament.html}: a small self-contained page (inline CSS and SVG, no scripts) with the tournament's
 * settings, its domains (size, reservation values, frontier, Nash point), the strategies ranked by mean own utility,
 * the pairing matrices (agreement rate, the first strategy's mean utility, distance to Pareto), each strategy's
 * results by domain, and a chart of each strategy's mean
 * utility against its agreement rate. Its bytes depend on the results only (no clock), so equal runs give equal
 * files.
 */
public final class TournamentHtml {

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330;
                   max-width: 72rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
            h2 { border-bottom: 2px solid #d8dce3; padding-bottom: 0.2rem; margin-top: 2rem; }
            table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.92rem; }
            th, td { border-bottom: 1px solid #d8dce3; padding: 0.3rem 0.6rem; text-align: left; }
            th { background: #f3f5f8; }
            .meta { color: #5b6475; }
            svg { max-width: 100%; height: auto; }
            """;

    private TournamentHtml() {
    }

    /** The page. */
    public static String page(TournamentResult r) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Parley tournament</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>Negotiation tournament</h1>\n");
        TournamentSettings s = r.settings();
        out.append("<p class=\"meta\">").append(Html.escape(r.strategies().size() + " strategies × "
                + r.strategies().size() + " (ordered pairings, self-play included) × " + r.domains().size()
                + " domain" + (r.domains().size() == 1 ? "" : "s") + " × 2 sides × " + s.repetitions()
                + " repetition" + (s.repetitions() == 1 ? "" : "s") + " = " + r.negotiations().size()
                + " negotiations; stacked alternating offers with a deadline of " + s.deadlineRounds()
                + " rounds; master seed " + s.seed() + ".")).append("</p>\n");
        out.append(Html.paragraph("Without agreement each side gets its reservation value. Distances are Euclidean,"
                + " in utility space, from the result's point (profile 1, profile 2) to the nearest point of the"
                + " exact Pareto frontier and to the Nash point with the GENIUS disagreement point d = reservation"
                + " values. The named strategies are deterministic, so their repetitions are identical."));

        out.append("<h2>Strategies</h2>\n");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.strategies().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -r.strategy(i).ownUtility().mean())
                .thenComparing(i -> i));
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (int i : order) {
            TournamentSummary t = r.strategy(i);
            rows.add(List.of(Integer.toString(rank++), r.strategies().get(i).name(), Long.toString(t.count()),
                    percent(t.agreementRate()), num(t.ownUtility().mean()), num(t.opponentUtility().mean()),
                    num(t.welfare().mean()), num(t.paretoDistance().mean()), num(t.meanNashDistance()),
                    num(t.meanAgreementRounds())));
        }
        out.append(Html.table(List.of("rank", "strategy", "negotiations", "agreed", "mean utility",
                "opponent's mean utility", "mean welfare", "distance to Pareto", "distance to Nash",
                "rounds to agreement"), rows));
        out.append(chart(r));

        out.append("<h2>Pairings</h2>\n");
        out.append(Html.paragraph("Rows: the strategy that moves first; columns: its opponent. Each cell covers "
                + r.domains().size() * 2 * s.repetitions() + " negotiations (every domain, both sides)."));
        out.append("<h3>Agreement rate</h3>\n").append(matrix(r, t -> percent(t.agreementRate())));
        out.append("<h3>Mean utility of the row strategy</h3>\n").append(matrix(r, t -> num(t.ownUtility().mean())));
        out.append("<h3>Mean distance to the Pareto frontier</h3>\n")
                .append(matrix(r, t -> num(t.paretoDistance().mean())));

        out.append("<h2>By domain</h2>\n");
        out.append(Html.paragraph("Each strategy's mean utility and agreement rate on each domain (both roles)."));
        out.append(byDomain(r));

        out.append("<h2>Domains</h2>\n");
        List<List<String>> drows = new ArrayList<>();
        for (TournamentDomain d : r.domains()) {
            String nash = d.nash().map(p -> "(" + num(p.utilities()[0]) + ", " + num(p.utilities()[1]) + ")")
                    .orElse("none");
            drows.add(List.of(d.name(), d.parties().get(0) + " / " + d.parties().get(1),
                    Long.toString(d.outcomeCount()), "(" + num(d.reservation(0)) + ", " + num(d.reservation(1)) + ")",
                    d.frontier().distinctCount() + " points, " + d.frontier().totalOutcomeCount() + " outcomes",
                    nash));
        }
        out.append(Html.table(List.of("domain", "profiles", "outcomes", "reservation values", "Pareto frontier",
                "Nash point (d = rv)"), drows));
        out.append("<p class=\"meta\">Per negotiation: negotiations.csv; per pairing: pairings.csv; per strategy:"
                + " strategies.csv; domains: domains.csv.</p>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    private static String matrix(TournamentResult r, java.util.function.Function<TournamentSummary, String> cell) {
        List<String> header = new ArrayList<>(List.of("first \\ second"));
        r.strategies().forEach(x -> header.add(x.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < r.strategies().size(); a++) {
            List<String> row = new ArrayList<>(List.of(r.strategies().get(a).name()));
            for (int b = 0; b < r.strategies().size(); b++) {
                row.add(cell.apply(r.pairing(a, b)));
            }
            rows.add(row);
        }
        return Html.table(header, rows);
    }

    /** Rows: strategies; columns: domains; cells: mean own utility (agreement rate). */
    private static String byDomain(TournamentResult r) {
        int s = r.strategies().size();
        int d = r.domains().size();
        TournamentSummary[][] cells = new TournamentSummary[s][d];
        for (TournamentSummary[] row : cells) {
            java.util.Arrays.fill(row, TournamentSummary.EMPTY);
        }
        for (TournamentNegotiation n : r.negotiations()) { // index order, as the engine's own sums
            cells[n.first()][n.domain()] = cells[n.first()][n.domain()].add(n, 0);
            cells[n.second()][n.domain()] = cells[n.second()][n.domain()].add(n, 1);
        }
        List<String> header = new ArrayList<>(List.of("strategy"));
        r.domains().forEach(x -> header.add(x.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < s; a++) {
            List<String> row = new ArrayList<>(List.of(r.strategies().get(a).name()));
            for (int k = 0; k < d; k++) {
                row.add(num(cells[a][k].ownUtility().mean()) + " (" + percent(cells[a][k].agreementRate()) + ")");
            }
            rows.add(row);
        }
        return Html.table(header, rows);
    }

    /** Mean own utility against agreement rate, one marker per strategy. */
    private static String chart(TournamentResult r) {
        XYChart chart = SvgCharts.xyChart(720, 380, "Strategies: agreement rate and mean utility",
                "agreement rate", "mean utility");
        for (int i = 0; i < r.strategies().size(); i++) {
            TournamentSummary t = r.strategy(i);
            XYSeries series = chart.addSeries(r.strategies().get(i).name(), new double[] {t.agreementRate()},
                    new double[] {t.ownUtility().mean()});
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return SvgCharts.toSvg(chart, "tournament-") + "\n";
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "–" : Numbers.format(x);
    }

    private static String percent(double x) {
        return Double.isNaN(x) ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * x);
    }
}
