package dev.parley.io.genius;

import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;

/**
 * A GeniusWeb profile file: the profile and the domain it embeds.
 *
 * @param domain  the embedded domain
 * @param profile the profile (its {@code reservationBid} holds the GeniusWeb reservation bid; GeniusWeb has no
 *                numeric reservation value, so {@code reservationValue} is empty)
 */
public record GeniusWebProfile(Domain domain, AdditiveProfile profile) {
}
