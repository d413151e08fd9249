package dev.parley.engine.bargain;

import java.util.Optional;

/**
 * The assessment of one chip.
 *
 * @param chip          the chip
 * @param gain          recipient's gain {@code w_ik·q_i(o)·(v_ik(o) − v_ik(nd_k))}
 * @param valueChange   recipient's {@code v_ik(o) − v_ik(nd_k)}
 * @param weight        recipient's weight {@code w_ik}
 * @param credibility   {@code q_i(o) = q(o)·trust[i][obligor]}
 * @param offererCost   offerer's loss {@code w_jk·(v_jk(nd_k) − v_jk(o))} (positive when it is a concession)
 * @param empty         gain &lt; ε
 * @param reason        why it is empty; empty Optional when it is not
 */
public record ChipAssessment(Chip chip, double gain, double valueChange, double weight, double credibility,
                             double offererCost, boolean empty, Optional<EmptyChipReason> reason) {
}
