package dev.parley.report.charts;

import java.awt.Color;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.Styler;

/**
 * The report's chart conventions: XChart charts in one house style, drawn on JFreeSVG's {@link SVGGraphics2D} into
 * a self-contained {@code <svg>} element (no scripts, no external references) whose bytes depend only on the data.
 */
public final class SvgCharts {

    /** Colour-blind-safe qualitative palette (Okabe &amp; Ito 2008). */
    public static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private SvgCharts() {
    }

    /** An XY chart in the house style: white background, legend at the right, locale-independent numbers. */
    public static XYChart xyChart(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        return chart;
    }

    /**
     * A survival curve over months after signing, with a band drawn as the upper curve filled and the lower filled
     * white over it (XChart has no band series), the central curve on top; y from 0 to 1.
     */
    public static String survivalChart(String title, String bandLabel, double[] lower, double[] upper,
                                       String centralLabel, double[] central, String idPrefix) {
        double[] x = new double[central.length];
        for (int m = 0; m < x.length; m++) {
            x[m] = m;
        }
        XYChart chart = xyChart(720, 400, title, "months after signing", "P(no renewed war)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        Color band = new Color(0xCCE3F0);
        XYSeries top = chart.addSeries(bandLabel, x, upper);
        top.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        top.setFillColor(band);
        top.setLineColor(band);
        top.setMarker(SeriesMarkers.NONE);
        XYSeries bottom = chart.addSeries(bandLabel + " (lower)", x, lower);
        bottom.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        bottom.setFillColor(Color.WHITE);
        bottom.setLineColor(band);
        bottom.setMarker(SeriesMarkers.NONE);
        bottom.setShowInLegend(false);
        XYSeries line = chart.addSeries(centralLabel, x, central);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(PALETTE[0]);
        return toSvg(chart, idPrefix);
    }

    /**
     * Draws the chart as an {@code <svg>} element.
     *
     * @param idPrefix prefix of the SVG's internal ids (clip paths), unique within the HTML document
     */
    public static String toSvg(XYChart chart, String idPrefix) {
        int width = chart.getWidth();
        int height = chart.getHeight();
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // ids must be unique within the report and must not depend on the clock (JFreeSVG's default prefix does)
        g.setDefsKeyPrefix(idPrefix);
        // a tenth of a pixel is finer than any screen; full doubles would triple the size of the report
        g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 10) / 10.0));
        g.setTransformDoubleConverter(v -> Double.toString(Math.round(v * 100) / 100.0));
        chart.paint(g, width, height);
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }
}
