package dev.parley.io.scenario;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns YAML and JSON syntax errors into one clear, located line. The YAML parser (snakeyaml-engine) reports a
 * context ("while parsing a flow sequence", where it began) and a problem (what it found, where); Jackson reports
 * only the position of the last good token, which is often the line before the mistake. We locate each error where
 * the user must act: the unclosed bracket or quote, the tab, the stray colon.
 */
final class SyntaxErrors {

    private static final String GENERIC_YAML_HINT =
            "check indentation, colons and quotes; YAML uses spaces, not tabs, for indentation";
    private static final String JSON_HINT = "the file is read as JSON because its name ends in .json";
    private static final Pattern CANNOT_START =
            Pattern.compile("found character '(.+?)' that cannot start any token.*");
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (.)");
    private static final Pattern FLOW_END = Pattern.compile("expected ',' or '([\\]}])', but got (.*)");
    private static final Pattern BLOCK_END = Pattern.compile("expected <block end>, but found '(.*)'");
    private static final Pattern JACKSON_CHAR = Pattern.compile("Unexpected character \\(('.*?') \\(code \\d+\\)\\)");
    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private final Path file;
    private final String text;

    SyntaxErrors(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    Diagnostic yaml(JacksonException e, Location fallback) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof MarkedYamlEngineException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof MarkedYamlEngineException marked)) {
            return error(fallback, "syntax error: " + cleanJackson(firstLine(e.getOriginalMessage())),
                    GENERIC_YAML_HINT);
        }
        String problem = firstLine(marked.getProblem());
        String context = marked.getContext() == null ? "" : firstLine(marked.getContext());
        Location at = marked.getProblemMark().map(SyntaxErrors::location).orElse(fallback);
        Optional<Location> contextAt = marked.getContextMark().map(SyntaxErrors::location);
        String started = contextAt.map(SyntaxErrors::lineAndColumn).orElse("");

        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.matches()) {
            String character = cannotStart.group(1);
            if (character.startsWith("\\t")) {
                return error(at, "syntax error: a tab character; YAML does not allow tabs for indentation",
                        "indent with spaces");
            }
            return error(at, "syntax error: '" + character + "' cannot start a value",
                    "put the value in quotes: \"" + character + "...\"");
        }
        if (problem.equals("mapping values are not allowed here")) {
            return error(at, "syntax error: unexpected ':'",
                    "keys of one mapping must start in the same column, so this line may be indented too far; "
                            + "text that contains ': ' must be put in quotes");
        }
        if (problem.equals("could not find expected ':'") && contextAt.isPresent()) {
            return error(contextAt.get(), "syntax error: a key without ':'", "write key: value, with a space "
                    + "after the colon; or the line is indented differently from its neighbours");
        }
        if (context.startsWith("while scanning a quoted scalar") && problem.contains("end of stream")
                && contextAt.isPresent()) {
            return error(contextAt.get(), "syntax error: the quoted text that starts here is never closed",
                    "add the closing quote");
        }
        Matcher escape = UNKNOWN_ESCAPE.matcher(problem);
        if (context.contains("double-quoted scalar") && escape.lookingAt()) {
            // YAML marks the character after the backslash; point at the backslash
            Location backslash = new Location(at.line(), Math.max(1, at.column() - 1));
            return error(backslash, "syntax error: unknown escape sequence '\\" + escape.group(1)
                    + "' in double-quoted text", "write \\\\ for a backslash, or use single quotes");
        }
        Matcher flowEnd = FLOW_END.matcher(problem);
        if (flowEnd.matches() && contextAt.isPresent()) {
            boolean list = flowEnd.group(1).equals("]");
            return error(contextAt.get(), "syntax error: the " + (list ? "list" : "mapping") + " opened here with '"
                    + (list ? "[" : "{") + "' is not closed", "expected ',' or '" + flowEnd.group(1) + "' before "
                    + found(flowEnd.group(2)) + " at " + lineAndColumn(at) + "; close it with '" + flowEnd.group(1)
                    + "'");
        }
        Matcher blockEnd = BLOCK_END.matcher(problem);
        if (blockEnd.matches()) {
            Optional<Diagnostic> runaway = runawayQuote(marked);
            if (runaway.isPresent()) {
                return runaway.get();
            }
            String container = context.contains("collection") ? "list" : "mapping";
            String where = started.isEmpty() ? "" : " that starts at " + started;
            return switch (blockEnd.group(1)) {
                case "<block mapping start>" -> error(at, "syntax error: this line does not line up with the "
                        + container + where, "keys of one mapping must start in the same column; indent with spaces");
                case "?" -> error(at, "syntax error: a key where the " + container + where
                        + " expects another item", "line the key up with the keys of the item above it, "
                        + "or start a new item with '- '");
                case "-" -> error(at, "syntax error: a list item where the " + container + where
                        + " expects a key", "indent the list under the key it belongs to");
                case "<scalar>" -> error(at, "syntax error: unexpected text in the " + container + where,
                        "check the quotes and indentation of this line");
                default -> error(at, "syntax error: unexpected '" + blockEnd.group(1) + "' in the " + container
                        + where, GENERIC_YAML_HINT);
            };
        }
        String hint = context.isEmpty() ? GENERIC_YAML_HINT
                : context + (started.isEmpty() ? "" : " that starts at " + started) + "; " + GENERIC_YAML_HINT;
        return error(at, "syntax error: " + problem, hint);
    }

    Diagnostic json(JacksonException e, Location fallback) {
        TokenStreamLocation where = e.getLocation();
        Location at = where == null || where.getLineNr() <= 0 ? fallback
                : new Location(where.getLineNr(), Math.max(1, where.getColumnNr()));
        return error(at, "syntax error: " + cleanJackson(firstLine(e.getOriginalMessage())), JSON_HINT);
    }

    /**
     * A quoted text that the user forgot to close swallows the following lines up to the next quote character, and
     * YAML fails only there. When the failing token follows a quoted scalar that spans several lines, blame the
     * opening quote.
     */
    private Optional<Diagnostic> runawayQuote(MarkedYamlEngineException marked) {
        Optional<Mark> problemMark = marked.getProblemMark();
        if (problemMark.isEmpty()) {
            return Optional.empty();
        }
        int failLine = problemMark.get().getLine();
        int failIndex = problemMark.get().getIndex();
        ScalarToken runaway = null;
        try {
            LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
            ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, text));
            while (scanner.hasNext()) {
                Token token = scanner.next();
                Optional<Mark> start = token.getStartMark();
                Optional<Mark> end = token.getEndMark();
                if (start.isEmpty() || end.isEmpty() || start.get().getIndex() >= failIndex) {
                    break;
                }
                if (token instanceof ScalarToken scalar
                        && (scalar.getStyle() == ScalarStyle.DOUBLE_QUOTED
                                || scalar.getStyle() == ScalarStyle.SINGLE_QUOTED)
                        && start.get().getLine() != end.get().getLine() && end.get().getLine() == failLine) {
                    runaway = scalar;
                }
            }
        } catch (RuntimeException scanFailure) {
            // The scanner stops at (or after) the error we are explaining; what it saw before is enough.
        }
        if (runaway == null) {
            return Optional.empty();
        }
        Location opened = location(runaway.getStartMark().orElseThrow());
        return Optional.of(error(opened, "syntax error: the quoted text that starts here is not closed on its line",
                "the text runs on to the next quote, on line " + (failLine + 1) + ", where YAML fails; "
                        + "add the closing quote on line " + opened.line()));
    }

    private static String found(String what) {
        return switch (what) {
            case ":" -> "':'";
            case "<stream end>" -> "the end of the file";
            default -> what.startsWith("<") ? what : "'" + what + "'";
        };
    }

    private Diagnostic error(Location at, String message, String hint) {
        return Diagnostic.error(file, at, "", message, hint);
    }

    private static Location location(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String lineAndColumn(Location at) {
        return "line " + at.line() + ", column " + at.column();
    }

    /** Jackson's wording, shortened: no character codes, no "[Source: ...]" blocks. */
    static String cleanJackson(String message) {
        String out = JACKSON_CHAR.matcher(message).replaceAll("unexpected character $1");
        out = JACKSON_SOURCE.matcher(out).replaceAll("line $1, column $2");
        return out;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }
}
