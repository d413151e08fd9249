package dev.parley.report.sections;

import dev.parley.report.charts.SvgCharts;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of actors' positions over rounds, drawn by XChart on JFreeSVG (see {@link SvgCharts}) and returned
 * as one self-contained {@code <svg>} element (no scripts, no external references) for inline use in the report.
 */
final class TrajectoryChartSvg {

    /** Chart size in CSS pixels; the report's stylesheet scales SVGs down to the column width. */
    static final int WIDTH = 460;
    static final int HEIGHT = 280;

    private TrajectoryChartSvg() {
    }

    /**
     * @param idPrefix    prefix of the SVG's internal ids (clip paths), unique within the HTML document
     * @param title       chart title
     * @param xTitle      name of one step on the x axis ({@code turn}, {@code round})
     * @param low         lower end of the position scale (y axis)
     * @param high        upper end of the position scale
     * @param names       one series name per actor
     * @param trajectory  {@code [step][actor]} positions; an actor whose first entry is NaN is not drawn
     * @return the {@code <svg>} element
     */
    static String render(String idPrefix, String title, String xTitle, double low, double high, List<String> names,
            double[][] trajectory) {
        XYChart chart = SvgCharts.xyChart(WIDTH, HEIGHT, title, xTitle, "position");
        var styler = chart.getStyler();
        styler.setMarkerSize(5);
        styler.setYAxisMin(low);
        styler.setYAxisMax(high);
        styler.setXAxisDecimalPattern("0");
        double[] x = new double[trajectory.length];
        for (int s = 0; s < trajectory.length; s++) {
            x[s] = s;
        }
        for (int a = 0; a < names.size(); a++) {
            if (Double.isNaN(trajectory[0][a])) {
                continue;
            }
            double[] y = new double[trajectory.length];
            for (int s = 0; s < trajectory.length; s++) {
                y[s] = trajectory[s][a];
            }
            String name = names.get(a);
            while (chart.getSeriesMap().containsKey(name)) {
                name = name + "'"; // XChart needs distinct series names
            }
            XYSeries series = chart.addSeries(name, x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return SvgCharts.toSvg(chart, idPrefix);
    }
}
