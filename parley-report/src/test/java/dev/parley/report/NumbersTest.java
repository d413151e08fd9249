package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the report tables print estimates: percentages and months to a tenth, correlations to 0.001. */
class NumbersTest {

    @Test
    void proportionsArePercentagesToATenth() {
        assertThat(Numbers.share(0.2399)).isEqualTo("24.0\u00a0%");
        assertThat(Numbers.share(0.232947)).isEqualTo("23.3\u00a0%");
        assertThat(Numbers.share(0.0383)).isEqualTo("3.8\u00a0%");
        assertThat(Numbers.share(1.0)).isEqualTo("100.0\u00a0%");
        assertThat(Numbers.share(0.0)).isEqualTo("0\u00a0%");
        assertThat(Numbers.share(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void aRareEventKeepsTwoSignificantDigitsInsteadOfReadingZero() {
        // 1 in 10,000 draws, and the lower Wilson bound of 0 in 10,000 at 90 %: not "0 %"
        assertThat(Numbers.share(1e-4)).isEqualTo("0.01\u00a0%");
        assertThat(Numbers.share(0.000271)).isEqualTo("0.027\u00a0%");
        // the Wilson lower bound of 0 successes is 0, computed as about 4e-19: rounding noise, not a rare event
        assertThat(Numbers.share(4.3e-19)).isEqualTo("0\u00a0%");
    }

    @Test
    void convergenceCellsCarryTheNumberTheHeaderCarriesThePercentSign() {
        assertThat(Numbers.percentNumber(0.619)).isEqualTo("61.9");
        assertThat(Numbers.percentNumber(1e-4)).isEqualTo("0.01");
        assertThat(Numbers.percentNumber(0)).isEqualTo("0");
    }

    @Test
    void monthsToATenthAndCorrelationsToAThousandth() {
        assertThat(Numbers.tenth(52.2148)).isEqualTo("52.2");
        assertThat(Numbers.tenth(31)).isEqualTo("31");
        assertThat(Numbers.tenth(Double.NaN)).isEqualTo("n/a");
        assertThat(Numbers.correlation(-0.41264)).isEqualTo("-0.413");
        assertThat(Numbers.correlation(0.0004)).isEqualTo("0");
        assertThat(Numbers.correlation(Double.NaN)).isEqualTo("n/a");
    }
}
