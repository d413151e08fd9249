package dev.parley.io.genius;

import dev.parley.model.domain.DiscreteEvaluator;
import dev.parley.model.domain.DiscreteIssue;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.NumberInterpolationEvaluator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** GeniusWeb JSON: the FlightBooking files of src/test/resources/geniusweb (see SOURCES.md) and inline variants. */
class GeniusWebJsonReaderTest {
    private static InputStream res(String path) {
        return GeniusWebJsonReaderTest.class.getResourceAsStream("/geniusweb/" + path);
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void flightBookingDomainHas36Outcomes() {
        Domain d = GeniusWebJsonReader.readDomain(res("FlightBooking/flightbooking.json"), "flightbooking.json");
        assertThat(d.name()).isEqualTo("flightbooking");
        assertThat(d.issues()).extracting(i -> i.name()).containsExactly("price", "departure airport", "departure date");
        long outcomes = d.issues().stream().mapToLong(i -> ((DiscreteIssue) i).values().size()).reduce(1, (a, b) -> a * b);
        assertThat(outcomes).isEqualTo(36);
    }

    @Test
    void flightBookingProfileKeepsUtilitiesAsWrittenAndTheReservationBid() {
        GeniusWebProfile p = GeniusWebJsonReader.readProfile(res("FlightBooking/flightbooking2.json"), "flightbooking2.json");
        assertThat(p.profile().name()).isEqualTo("flightbooking2");
        assertThat(p.profile().weights()).containsExactly(0.7, 0.15, 0.15);
        DiscreteEvaluator airport = (DiscreteEvaluator) p.profile().evaluators().get(1);
        assertThat(airport.divideByMax()).isFalse();
        assertThat(airport.evaluate("Narita")).isEqualTo(0.665);
        assertThat(p.profile().reservationValue()).isEmpty();
        assertThat(p.profile().reservationBid()).containsEntry("price", "250000yen")
                .containsEntry("departure airport", "Kansai").containsEntry("departure date", "3 sept.");
        // u(reservation bid) = 0.7·0.5 + 0.15·1.0 + 0.15·0.667 = 0.60005, from the file's numbers
        double u = 0;
        for (int k = 0; k < 3; k++) {
            String issue = p.domain().issues().get(k).name();
            u += p.profile().weights().get(k)
                    * ((DiscreteEvaluator) p.profile().evaluators().get(k)).evaluate(p.profile().reservationBid().get(issue));
        }
        assertThat(u).isCloseTo(0.60005, within(1e-12));
    }

    @Test
    void numericRangesExpandExactlyAndNumberUtilitiesInterpolate() {
        String profile = """
                {"LinearAdditiveUtilitySpace": {
                  "issueUtilities": {"x": {"numberutils": {"lowValue": 12.2, "lowUtility": 0.2,
                                                            "highValue": 12.8, "highUtility": 0.8}}},
                  "issueWeights": {"x": 1.0},
                  "domain": {"name": "d", "issuesValues": {"x": {"range": {"low": 12.2, "high": 12.8, "step": 0.3}}}},
                  "name": "p"}}""";
        GeniusWebProfile p = GeniusWebJsonReader.readProfile(json(profile), "p.json");
        assertThat(((DiscreteIssue) p.domain().issues().get(0)).values()).containsExactly("12.2", "12.5", "12.8");
        NumberInterpolationEvaluator e = (NumberInterpolationEvaluator) p.profile().evaluators().get(0);
        assertThat(e.evaluate(12.5)).isCloseTo(0.5, within(1e-12));
        assertThat(e.evaluate(13.0)).isZero();
    }

    @Test
    void errorsNameLineOrPathAndWhatIsValid() {
        assertThatThrownBy(() -> GeniusWebJsonReader.readDomain(json("{\"name\": \"d\",\n \"issuesValues\": {,}}"), "d.json"))
                .isInstanceOf(GeniusFormatException.class)
                .hasMessageStartingWith("d.json:2:")
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> GeniusWebJsonReader.readProfile(json("{\"SumOfGroupsUtilitySpace\": {}}"), "s.json"))
                .hasMessageContaining("unsupported profile kind [SumOfGroupsUtilitySpace]");
        String badValue = """
                {"LinearAdditiveUtilitySpace": {
                  "issueUtilities": {"a": {"discreteutils": {"valueUtilities": {"z": 1}}}},
                  "issueWeights": {"a": 1},
                  "domain": {"name": "d", "issuesValues": {"a": {"values": ["x", "y"]}}}}}""";
        assertThatThrownBy(() -> GeniusWebJsonReader.readProfile(json(badValue), "b.json"))
                .hasMessageContaining("b.json: at /LinearAdditiveUtilitySpace/issueUtilities/a/discreteutils/valueUtilities/z")
                .hasMessageContaining("'z' is not a value of issue 'a'; values: [x, y]");
    }
}
