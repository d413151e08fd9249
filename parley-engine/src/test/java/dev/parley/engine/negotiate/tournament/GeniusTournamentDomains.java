package dev.parley.engine.negotiate.tournament;

import dev.parley.io.genius.GeniusXmlReader;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Tournament domains from the GENIUS test files in {@code src/test/resources/genius} (see SOURCES.md there). */
final class GeniusTournamentDomains {
    private GeniusTournamentDomains() {
    }

    static TournamentDomain laptop() {
        return load("Laptop", "Laptop/Laptop-C-domain.xml", "Laptop/Laptop-C-prof1.xml", "Laptop/Laptop-C-prof2.xml");
    }

    static TournamentDomain itexCypress() {
        return load("ItexvsCypress", "ItexvsCypress/ItexvsCypress_domain.xml", "ItexvsCypress/Itex.xml",
                "ItexvsCypress/Cypress.xml");
    }

    static TournamentDomain englandZimbabwe() {
        return load("EnglandZimbabwe", "EnglandZimbabwe/EnglandZimbabwe_domain.xml", "EnglandZimbabwe/England.xml",
                "EnglandZimbabwe/Zimbabwe.xml");
    }

    static TournamentDomain integerDomain() {
        return load("IntegerDomain", "IntegerDomain/IntegerDomain.xml", "IntegerDomain/IntegerDomain-prof1.xml",
                "IntegerDomain/IntegerDomain-prof2.xml");
    }

    static Domain domain(String file) {
        try (InputStream in = open(file)) {
            return GeniusXmlReader.readDomain(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Profile profile(String file, Domain domain) {
        try (InputStream in = open(file)) {
            return GeniusXmlReader.readProfile(in, file, domain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TournamentDomain load(String name, String domainFile, String... profileFiles) {
        Domain domain;
        try (InputStream in = open(domainFile)) {
            domain = GeniusXmlReader.readDomain(in, domainFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AdditiveProfile> profiles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[] rv = new double[profileFiles.length];
        for (int i = 0; i < profileFiles.length; i++) {
            try (InputStream in = open(profileFiles[i])) {
                Profile p = GeniusXmlReader.readProfile(in, profileFiles[i], domain);
                profiles.add((AdditiveProfile) p);
                rv[i] = p.reservationValueOrZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names.add(profileFiles[i].replaceFirst(".*/", "").replace(".xml", ""));
        }
        return TournamentDomains.genius(name, domain, names, profiles, rv);
    }

    private static InputStream open(String path) {
        InputStream in = GeniusTournamentDomains.class.getResourceAsStream("/genius/" + path);
        if (in == null) {
            throw new IllegalStateException("missing test resource genius/" + path);
        }
        return in;
    }
}
