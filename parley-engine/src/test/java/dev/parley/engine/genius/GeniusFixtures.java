package dev.parley.engine.genius;

import dev.parley.io.genius.GeniusXmlReader;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the GENIUS test files from {@code src/test/resources/genius} (see SOURCES.md there). */
final class GeniusFixtures {
    private GeniusFixtures() {
    }

    static Domain domain(String path) {
        try (InputStream in = open(path)) {
            return GeniusXmlReader.readDomain(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Profile profile(String path, Domain domain) {
        try (InputStream in = open(path)) {
            return GeniusXmlReader.readProfile(in, path, domain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String path) {
        InputStream in = GeniusFixtures.class.getResourceAsStream("/genius/" + path);
        if (in == null) {
            throw new IllegalStateException("missing test resource genius/" + path);
        }
        return in;
    }
}
