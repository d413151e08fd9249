package dev.parley.engine.genius;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.io.genius.GeniusWebJsonReader;
import dev.parley.io.genius.GeniusWebProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A GeniusWeb profile with a discrete and a numeric issue, evaluated through {@link DomainSpaces}. */
class GeniusWebSpacesTest {
    @Test
    void numericAndDiscreteUtilitiesAndTheReservationBid() {
        String json = """
                {"LinearAdditiveUtilitySpace": {
                  "issueUtilities": {
                    "price": {"numberutils": {"lowValue": 10, "lowUtility": 1.0, "highValue": 20, "highUtility": 0.0}},
                    "city": {"discreteutils": {"valueUtilities": {"Delft": 0.4, "Leiden": 0.8}}}},
                  "issueWeights": {"price": 0.6, "city": 0.4},
                  "domain": {"name": "d", "issuesValues": {
                    "price": {"range": {"low": 10, "high": 20, "step": 2.5}},
                    "city": {"values": ["Delft", "Leiden"]}}},
                  "name": "buyer",
                  "reservationBid": {"issuevalues": {"price": 17.5, "city": "Leiden"}}}}""";
        GeniusWebProfile p = GeniusWebJsonReader.readProfile(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "buyer.json");
        OutcomeSpace s = DomainSpaces.space(p.domain());
        assertThat(s.size()).isEqualTo(10); // price 10, 12.5, 15, 17.5, 20 × 2 cities
        AdditiveUtility u = DomainSpaces.additive(s, p.domain(), p.profile());
        // price 12.5 → interpolated utility 0.75; Delft 0.4: U = 0.6·0.75 + 0.4·0.4 = 0.61
        assertThat(u.utility(new int[] {s.optionIndex(0, "12.5"), s.optionIndex(1, "Delft")})).isCloseTo(0.61, within(1e-12));
        // reservation bid (17.5, Leiden): 0.6·0.25 + 0.4·0.8 = 0.47
        assertThat(DomainSpaces.reservationBidUtility(s, p.domain(), p.profile())).hasValueCloseTo(0.47, within(1e-12));
    }
}
