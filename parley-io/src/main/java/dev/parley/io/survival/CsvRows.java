package dev.parley.io.survival;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** All rows of a CSV text (RFC 4180 quoting, via Jackson CSV) with the line each starts on; blank lines skipped. */
final class CsvRows {
    final List<String[]> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    private CsvRows() {
    }

    static CsvRows read(Reader reader, String source) {
        CsvRows out = new CsvRows();
        try (MappingIterator<String[]> it = CsvMapper.shared().readerFor(String[].class)
                .with(CsvReadFeature.WRAP_AS_ARRAY).readValues(reader)) {
            while (true) {
                int line = it.currentLocation().getLineNr();
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    line = it.currentLocation().getLineNr();
                    String[] row = it.nextValue();
                    if (row.length == 0 || (row.length == 1 && row[0].isBlank())) {
                        continue;
                    }
                    out.rows.add(row);
                    out.lines.add(line);
                } catch (JacksonException e) {
                    throw new SurvivalDataException(source, Math.max(line, 1), 0,
                            "not readable as CSV (" + e.getOriginalMessage()
                                    + "); expected comma-separated fields, quoted with \" where they contain commas");
                }
            }
        }
        return out;
    }
}
