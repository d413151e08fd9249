package dev.parley.report.sections;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of actors' positions over rounds, drawn by XChart on JFreeSVG's {@link SVGGraphics2D} and returned
 * as one self-contained {@code <svg>} element (no scripts, no external references) for inline use in the report.
 */
final class TrajectoryChartSvg {

    /** Chart size in CSS pixels; the report's stylesheet scales SVGs down to the column width. */
    static final int WIDTH = 460;
    static final int HEIGHT = 280;

    /** Colour-blind-safe qualitative palette (Okabe &amp; Ito 2008), cycled when there are more actors. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

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
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle("position").build();
        var styler = chart.getStyler();
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
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
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // ids must be unique within the report and must not depend on the clock (JFreeSVG's default prefix does)
        g.setDefsKeyPrefix(idPrefix);
        // a tenth of a pixel is finer than any screen; full doubles would triple the size of the report
        g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 10) / 10.0));
        g.setTransformDoubleConverter(v -> Double.toString(Math.round(v * 100) / 100.0));
        chart.paint(g, WIDTH, HEIGHT);
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
