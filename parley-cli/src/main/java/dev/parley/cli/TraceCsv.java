package dev.parley.cli;

import dev.parley.engine.negotiate.NegotiationEvent;
import dev.parley.engine.pipeline.NegotiationStage;
import java.io.PrintWriter;
import java.util.List;

/**
 * A negotiation trace as CSV, one row per event (columns in docs/cli.md, "parley simulate"; with a leading
 * {@code case} column in the traces.csv of {@code parley run}, docs/exports.md).
 */
final class TraceCsv {

    private TraceCsv() {
    }

    /**
     * @param caseName when not null, a first column {@code case} holding it on every row (and the header is written
     *                 only when {@code header} is true)
     */
    static void write(PrintWriter out, NegotiationStage.Negotiation n, String caseName) {
        write(out, n, caseName, true);
    }

    static void write(PrintWriter out, NegotiationStage.Negotiation n, String caseName, boolean header) {
        List<String> d = n.deciders();
        StringBuilder h = new StringBuilder(caseName == null ? "" : "case,")
                .append("event,round,month,actor,outcome,target,accepted,front");
        for (String id : d) {
            h.append(",u_").append(id);
        }
        for (String id : d) {
            h.append(",w_").append(id);
        }
        if (header) {
            out.println(h);
        }
        for (NegotiationEvent e : n.result().trace()) {
            String actor = "";
            String outcome = "";
            String target = "";
            String accepted = "";
            String front = "";
            double[] u = null;
            double[] w = null;
            if (e instanceof NegotiationEvent.MonthStarted m) {
                front = Double.isNaN(m.front()) ? "" : Double.toString(m.front());
                w = m.noDealValues();
            } else if (e instanceof NegotiationEvent.Offered x) {
                actor = d.get(x.party());
                outcome = Integer.toString(x.outcome());
                target = Double.toString(x.target());
                u = x.utilities();
            } else if (e instanceof NegotiationEvent.Responded x) {
                actor = d.get(x.party());
                outcome = Integer.toString(x.outcome());
                accepted = Boolean.toString(x.accepted());
            } else if (e instanceof NegotiationEvent.Ratified x) {
                actor = d.get(x.ratifier());
                outcome = Integer.toString(x.outcome());
                accepted = Boolean.toString(x.approved());
            } else if (e instanceof NegotiationEvent.WalkedOut x) {
                actor = d.get(x.party());
            } else if (e instanceof NegotiationEvent.Escalated x) {
                actor = d.get(x.party());
                outcome = x.rung();
            }
            StringBuilder row = new StringBuilder(caseName == null ? "" : caseName + ",")
                    .append(e.getClass().getSimpleName()).append(',').append(e.round())
                    .append(',').append(e.month()).append(',').append(actor).append(',').append(outcome).append(',')
                    .append(target).append(',').append(accepted).append(',').append(front);
            for (int i = 0; i < d.size(); i++) {
                row.append(',').append(u == null ? "" : Double.toString(u[i]));
            }
            for (int i = 0; i < d.size(); i++) {
                row.append(',').append(w == null ? "" : Double.toString(w[i]));
            }
            out.println(row);
        }
    }
}
