package dev.parley.io.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a scenario file as strict UTF-8 text, refusing what is not a readable, reasonably sized text file with an
 * error that says where and why.
 */
final class SourceText {

    /**
     * Largest scenario file accepted. A scenario is a hand-written description; 8 MiB is three orders of magnitude
     * above the flagship scenario and keeps a mistaken input (a log, a data dump) from exhausting memory.
     */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private SourceText() {
    }

    static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw fail(file, Location.UNKNOWN, "is a directory, not a scenario file",
                    "give the path of a .yaml, .yml or .json file");
        }
        if (!Files.exists(file)) {
            throw fail(file, Location.UNKNOWN, "no such file", "check the path; scenarios live in scenarios/");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(file, Location.UNKNOWN, "file is too large: " + size + " bytes",
                        "a scenario file may have at most " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(file, Location.UNKNOWN, "no such file", "check the path; scenarios live in scenarios/");
        } catch (AccessDeniedException e) {
            throw fail(file, Location.UNKNOWN, "permission denied", "make the file readable");
        } catch (IOException e) {
            throw fail(file, Location.UNKNOWN, "cannot read the file: " + e.getMessage(),
                    "check that it exists and is readable");
        }
        String text = decodeUtf8(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw fail(file, new Location(1, 1),
                    text.isEmpty() ? "the file is empty" : "the file holds only blank space",
                    "a scenario is a mapping with at least scenario, actors, issues and preferences; "
                            + "see docs/scenario-format.md");
        }
        return text;
    }

    private static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw fail(file, locationOfByte(bytes, offset),
                    String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[offset] & 0xFF, offset),
                    "save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Line and column (in characters) of a byte offset, counting the valid UTF-8 before it. */
    private static Location locationOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static ScenarioException fail(Path file, Location at, String message, String hint) {
        return new ScenarioException(List.of(Diagnostic.error(file, at, "", message, hint)));
    }
}
