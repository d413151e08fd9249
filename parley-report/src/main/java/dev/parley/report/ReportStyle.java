package dev.parley.report;

/** The report's inline stylesheet: readable on screen and on paper, no external fonts. */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            :root { --ink: #1d2330; --muted: #5b6475; --rule: #d8dce3; --accent: #1f5fa8; --warn: #a8431f; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
                   max-width: 72rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
            h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem;
                   margin-top: 2.2rem; }
            .meta { color: var(--muted); margin-top: 0; }
            nav ol { columns: 2; padding-left: 1.2rem; }
            table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.92rem; }
            th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.5rem; text-align: left;
                   vertical-align: top; }
            th { background: #f3f5f8; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .answer { border-left: 4px solid var(--accent); padding: 0.4rem 0.8rem; background: #f5f8fc;
                   margin: 0.6rem 0; }
            .caveat { border-left: 4px solid var(--warn); padding: 0.4rem 0.8rem; background: #fcf6f3; }
            blockquote { color: var(--muted); margin: 0.3rem 0 0.3rem 1rem; font-style: italic; }
            code { font-size: 0.9em; }
            svg { max-width: 100%; height: auto; }
            .bars { display: inline-block; width: 5rem; height: 0.7rem; background: #eef1f5; margin-right: 0.4rem;
                   vertical-align: middle; }
            .bar { display: block; height: 100%; } .bar.up { background: #0072B2; } .bar.down { background: #D55E00; }
            .barline { display: block; white-space: nowrap; }
            td.factor { min-width: 16rem; }
            .effects { display: block; margin-top: 0.2rem; font-size: 0.85em; color: var(--muted);
                   overflow-wrap: anywhere; }
            ul.answers { padding-left: 1.2rem; } ul.answers li { margin: 0.3rem 0; }
            @media print { nav { display: none; } section { page-break-inside: avoid; } body { max-width: none;
                   font-size: 10pt; } figure, table { page-break-inside: avoid; } a { color: inherit; }
                   .answer, .caveat { background: none; } .bars, .bar { -webkit-print-color-adjust: exact;
                   print-color-adjust: exact; } }
            """;
}
