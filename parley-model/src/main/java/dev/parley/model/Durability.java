package dev.parley.model;

import java.util.List;
import java.util.Map;

/** Settings of the durability model (DESIGN.md §4.5). */
public record Durability(AgreementType agreementType, List<Provision> provisions,
        Map<String, Param> rearmamentPerMonth) {

    public Durability {
        provisions = List.copyOf(provisions);
        rearmamentPerMonth = OrderedMaps.copy(rearmamentPerMonth);
    }

    /** The kind of agreement; the empirical baseline hazard differs by kind. */
    public enum AgreementType {
        CEASEFIRE, COMPREHENSIVE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Provisions of an agreement that change its hazard of breaking down. */
    public enum Provision {
        DMZ, PEACEKEEPERS, THIRD_PARTY_GUARANTEE, JOINT_COMMISSION, MONITORING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
