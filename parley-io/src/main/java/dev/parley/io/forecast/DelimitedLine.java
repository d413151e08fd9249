package dev.parley.io.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a delimited text file split into fields, each with its 1-based column, honouring double quotes
 * ({@code "a, b"}, {@code ""} for a quote) as RFC 4180 does. Field text is trimmed of surrounding spaces and
 * unquoted.
 */
final class DelimitedLine {

    /** A field's text and the column where it starts. */
    record Field(String text, int column, boolean quoted) {
    }

    private DelimitedLine() {
    }

    /** The whole file as UTF-8 text; an unreadable file is an I/O failure, not bad input. */
    static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many lines remain once trailing blank lines are dropped (a final newline is not an empty record). */
    static int withoutTrailingBlanks(String[] lines) {
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        return last;
    }

    /**
     * Splits {@code line}.
     *
     * @throws ForecastInputException when a quoted field is not closed
     */
    static List<Field> split(String line, char delimiter, String source, int lineNo) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                int quoteCol = i + 1;
                StringBuilder b = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char ch = line.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            b.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    b.append(ch);
                    i++;
                }
                if (!closed) {
                    throw new ForecastInputException(source, lineNo, quoteCol, "quoted field is not closed",
                            "end it with a double quote; write \"\" for a quote inside");
                }
                while (i < n && line.charAt(i) != delimiter) {
                    if (line.charAt(i) != ' ') {
                        throw new ForecastInputException(source, lineNo, i + 1,
                                "unexpected text after a quoted field", "put the delimiter right after the quote");
                    }
                    i++;
                }
                fields.add(new Field(b.toString().trim(), quoteCol, true));
            } else {
                int end = line.indexOf(delimiter, i);
                if (end < 0) {
                    end = n;
                }
                fields.add(new Field(line.substring(i, end).trim(), i + 1, false));
                i = end;
            }
            if (i >= n) {
                break;
            }
            i++; // skip the delimiter
            if (i == n) {
                fields.add(new Field("", n + 1, false));
                break;
            }
        }
        return fields;
    }

    /** Splits a whole text into lines (LF or CRLF), dropping a leading byte-order mark. */
    static String[] lines(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.split("\r?\n", -1);
    }
}
