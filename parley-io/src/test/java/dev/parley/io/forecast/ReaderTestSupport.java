package dev.parley.io.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

final class ReaderTestSupport {

    private ReaderTestSupport() {
    }

    static String resource(String name) {
        try (InputStream in = ReaderTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
