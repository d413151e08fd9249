package dev.parley.cli;

import dev.parley.engine.space.DomainSpaces;
import dev.parley.io.genius.GeniusFormatException;
import dev.parley.io.genius.GeniusWebJsonReader;
import dev.parley.io.genius.GeniusWebProfile;
import dev.parley.io.genius.GeniusXmlReader;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.Profile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A GENIUS (XML) or GeniusWeb (JSON) domain with one profile per party, as given on the command line, with each
 * party's reservation value: GENIUS's {@code <reservation value>} as written (0 when absent); for GeniusWeb, the
 * utility of the profile's reservation bid (0 when it has none), the value NegMAS derives.
 *
 * @param domainFile   the domain file
 * @param domain       the domain
 * @param parties      one name per profile: the profile file's name without its extension
 * @param files        the profile files, in order
 * @param profiles     the profiles
 * @param reservations rv per party
 * @param format       "GENIUS XML" or "GeniusWeb JSON"
 */
record GeniusInput(Path domainFile, Domain domain, List<String> parties, List<Path> files, List<Profile> profiles,
        double[] reservations, String format) {

    static GeniusInput read(Path domainFile, List<Path> profileFiles) {
        if (profileFiles.size() < 2) {
            throw new UserInputException("--genius needs the domain file and at least two profile files, got "
                    + profileFiles.size() + " profile(s)");
        }
        List<Path> all = new ArrayList<>(List.of(domainFile));
        all.addAll(profileFiles);
        for (Path p : all) {
            if (!Files.isRegularFile(p)) {
                throw new UserInputException(p + ": no such file (give a GENIUS .xml or GeniusWeb .json file)");
            }
        }
        boolean json = all.stream().allMatch(p -> lowerName(p).endsWith(".json"));
        boolean xml = all.stream().noneMatch(p -> lowerName(p).endsWith(".json"));
        if (!json && !xml) {
            throw new UserInputException("mixed file types: give all GENIUS XML files or all GeniusWeb .json files");
        }
        try {
            Domain domain = json ? GeniusWebJsonReader.readDomain(domainFile) : GeniusXmlReader.readDomain(domainFile);
            List<String> names = new ArrayList<>();
            List<Profile> profiles = new ArrayList<>();
            double[] rv = new double[profileFiles.size()];
            for (int i = 0; i < profileFiles.size(); i++) {
                Path f = profileFiles.get(i);
                String name = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                if (names.contains(name)) {
                    name = name + "-" + (i + 1);
                }
                names.add(name);
                if (json) {
                    GeniusWebProfile web = GeniusWebJsonReader.readProfile(f);
                    if (!web.domain().issues().equals(domain.issues())) {
                        throw new UserInputException(f + ": the profile's domain has issues " + web.domain().issues()
                                + ", not those of " + domainFile + " (give profiles of that domain)");
                    }
                    AdditiveProfile p = web.profile();
                    profiles.add(p);
                    rv[i] = DomainSpaces.reservationBidUtility(DomainSpaces.space(domain), domain, p).orElse(0.0);
                } else {
                    Profile p = GeniusXmlReader.readProfile(f, domain);
                    profiles.add(p);
                    rv[i] = p.reservationValueOrZero();
                }
            }
            return new GeniusInput(domainFile, domain, names, List.copyOf(profileFiles), profiles, rv,
                    json ? "GeniusWeb JSON" : "GENIUS XML");
        } catch (GeniusFormatException e) {
            throw new UserInputException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserInputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(domainFile + ": " + e.getMessage());
        }
    }

    private static String lowerName(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public double[] reservations() {
        return reservations.clone();
    }
}
