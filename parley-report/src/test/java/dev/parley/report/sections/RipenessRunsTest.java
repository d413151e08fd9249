package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** A month with no acceptable deal breaks the ripeness charts' lines instead of being bridged. */
class RipenessRunsTest {

    @Test
    void missingMonthsSplitTheLineIntoRunsNamedOnceInTheLegend() {
        XYChart chart = SvgCharts.xyChart(400, 300, "t", "month", "y");
        List<Double> months = List.of(0.0, 1.0, 2.0, 5.0, 6.0, 8.0);
        List<Double> values = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
        RipenessSection.addRuns(chart, "margin US", months, values, SvgCharts.PALETTE[0], false);
        List<XYSeries> runs = new ArrayList<>(chart.getSeriesMap().values());
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).getXData()).containsExactly(0.0, 1.0, 2.0);
        assertThat(runs.get(1).getXData()).containsExactly(5.0, 6.0);
        assertThat(runs.get(2).getXData()).containsExactly(8.0);
        assertThat(runs.get(2).getYData()).containsExactly(0.6);
        assertThat(runs).extracting(XYSeries::isShowInLegend).containsExactly(true, false, false);
        assertThat(runs.get(0).getName()).isEqualTo("margin US");
        // a run of one month is drawn as a dot, the others as lines only
        assertThat(runs.get(2).getMarker()).isNotNull();
        assertThat(runs.get(0).getMarker().getClass().getSimpleName()).isEqualTo("None");
    }
}
