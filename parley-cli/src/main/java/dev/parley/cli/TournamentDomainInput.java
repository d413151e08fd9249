package dev.parley.cli;

import dev.parley.engine.negotiate.tournament.TournamentDomain;
import dev.parley.engine.negotiate.tournament.TournamentDomains;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.SpaceTooLargeException;
import dev.parley.io.genius.GeniusXmlReader;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The domains of {@code parley tournament}: {@code --genius SPEC} values, {@code --scenario FILE}s, or the built-in
 * set of five GENIUS domains (classpath {@code dev/parley/cli/genius/}, sources in its SOURCES.md).
 *
 * <p>A {@code --genius} SPEC is {@code LOCATION} or {@code LOCATION@I,J}: LOCATION is a folder holding one GENIUS
 * domain file (root element {@code negotiation_template}) and its profile files (root {@code utility_space}), taken
 * in file-name order; or the files themselves, comma-separated, domain first ({@code DOMAIN,PROFILE,PROFILE...};
 * GeniusWeb .json files too). {@code @I,J} picks profiles I and J (1-based) of a domain with more than two.
 */
final class TournamentDomainInput {

    /** The built-in domains: name, folder, domain file, the two profiles. Politics: profiles 1 and 2 of 3. */
    static final List<String[]> BUILT_IN = List.of(
            new String[] {"Laptop", "Laptop", "Laptop-C-domain.xml", "Laptop-C-prof1.xml", "Laptop-C-prof2.xml"},
            new String[] {"ItexvsCypress", "ItexvsCypress", "ItexvsCypress_domain.xml", "Itex.xml", "Cypress.xml"},
            new String[] {"EnglandZimbabwe", "EnglandZimbabwe", "EnglandZimbabwe_domain.xml", "England.xml",
                "Zimbabwe.xml"},
            new String[] {"Politics", "Politics", "Politics.xml", "Politics_util1.xml", "Politics_util2.xml"},
            new String[] {"IntegerDomain", "IntegerDomain", "IntegerDomain.xml", "IntegerDomain-prof1.xml",
                "IntegerDomain-prof2.xml"});

    private static final Pattern SELECTION = Pattern.compile("^(.*)@(\\d+),(\\d+)$");
    private static final Pattern ROOT = Pattern.compile("<\\s*([A-Za-z_][\\w.\\-]*)");

    private TournamentDomainInput() {
    }

    /** The built-in set, read from the classpath. */
    static List<TournamentDomain> builtIn() {
        List<TournamentDomain> out = new ArrayList<>();
        for (String[] d : BUILT_IN) {
            String base = "/dev/parley/cli/genius/" + d[1] + "/";
            Domain domain;
            try (InputStream in = resource(base + d[2])) {
                domain = GeniusXmlReader.readDomain(in, "built-in " + d[1] + "/" + d[2]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<AdditiveProfile> profiles = new ArrayList<>();
            List<String> names = new ArrayList<>();
            double[] rv = new double[2];
            for (int i = 0; i < 2; i++) {
                try (InputStream in = resource(base + d[3 + i])) {
                    Profile p = GeniusXmlReader.readProfile(in, "built-in " + d[1] + "/" + d[3 + i], domain);
                    profiles.add((AdditiveProfile) p);
                    rv[i] = p.reservationValueOrZero();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                names.add(d[3 + i].replaceFirst("\\.xml$", ""));
            }
            out.add(TournamentDomains.genius(d[0], domain, names, profiles, rv));
        }
        return out;
    }

    private static InputStream resource(String path) {
        InputStream in = TournamentDomainInput.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("built-in domain file " + path + " is missing from the jar");
        }
        return in;
    }

    /** One {@code --genius SPEC}. */
    static TournamentDomain genius(String spec) {
        String location = spec;
        int[] pick = null;
        Matcher m = SELECTION.matcher(spec);
        if (m.matches()) {
            location = m.group(1);
            pick = new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        }
        Path domainFile;
        List<Path> profileFiles = new ArrayList<>();
        String name;
        Path asPath = Path.of(location);
        if (Files.isDirectory(asPath)) {
            domainFile = folder(spec, asPath, profileFiles);
            name = asPath.toAbsolutePath().normalize().getFileName().toString();
        } else {
            String[] parts = location.split(",");
            if (parts.length == 1) {
                throw new UserInputException("--genius " + spec + ": no such folder (give a folder with a GENIUS"
                        + " domain and its profiles, or DOMAIN.xml,PROFILE1.xml,PROFILE2.xml)");
            }
            domainFile = Path.of(parts[0].trim());
            for (int i = 1; i < parts.length; i++) {
                profileFiles.add(Path.of(parts[i].trim()));
            }
            name = domainFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        }
        int n = profileFiles.size();
        if (pick == null && n != 2) {
            throw new UserInputException("--genius " + spec + ": the domain has " + n + " profile"
                    + (n == 1 ? "" : "s") + " (" + names(profileFiles) + "); a tournament is bilateral: "
                    + (n < 2 ? "give two profiles" : "choose two, e.g. --genius " + location + "@1,2"));
        }
        if (pick != null) {
            if (pick[0] < 1 || pick[0] > n || pick[1] < 1 || pick[1] > n || pick[0] == pick[1]) {
                throw new UserInputException("--genius " + spec + ": @" + pick[0] + "," + pick[1] + " must name two"
                        + " different profiles among 1.." + n + " (" + names(profileFiles) + ")");
            }
            profileFiles = List.of(profileFiles.get(pick[0] - 1), profileFiles.get(pick[1] - 1));
            name = name + "@" + pick[0] + "-" + pick[1];
        }
        GeniusInput input = GeniusInput.read(domainFile, profileFiles);
        try {
            TournamentDomain.checkSize(name, DomainSpaces.space(input.domain()));
        } catch (SpaceTooLargeException e) {
            throw new UserInputException("--genius " + spec + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--genius " + spec + ": " + e.getMessage()
                    + " (tournaments take discrete and integer issues only)");
        }
        List<AdditiveProfile> additive = new ArrayList<>();
        for (int i = 0; i < input.profiles().size(); i++) {
            if (!(input.profiles().get(i) instanceof AdditiveProfile a)) {
                throw new UserInputException("--genius " + spec + ": " + input.files().get(i) + " is a non-linear"
                        + " (hyper-rectangle) profile; tournaments take additive profiles");
            }
            additive.add(a);
        }
        try {
            return TournamentDomains.genius(name, input.domain(), input.parties(), additive, input.reservations());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--genius " + spec + ": " + e.getMessage());
        }
    }

    /** The domain file of a folder; its profiles (file-name order) into {@code profiles}. */
    private static Path folder(String spec, Path dir, List<Path> profiles) {
        List<Path> xml;
        try (Stream<Path> files = Files.list(dir)) {
            xml = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException("--genius " + spec + ": cannot list " + dir + ": " + e.getMessage());
        }
        List<Path> domains = new ArrayList<>();
        for (Path p : xml) {
            String root = rootElement(p);
            if ("negotiation_template".equals(root)) {
                domains.add(p);
            } else if ("utility_space".equals(root)) {
                profiles.add(p);
            }
        }
        if (domains.size() != 1) {
            throw new UserInputException("--genius " + spec + ": the folder has " + domains.size() + " GENIUS domain"
                    + " files (root <negotiation_template>)" + (domains.isEmpty() ? "" : ": " + names(domains))
                    + "; it needs exactly one, or give the files: DOMAIN.xml,PROFILE1.xml,PROFILE2.xml");
        }
        return domains.get(0);
    }

    /** The first element name of an XML file (after the declaration and comments), or "" when there is none. */
    private static String rootElement(Path p) {
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException(p + ": cannot read (" + e.getMessage() + ")");
        }
        String body = text.replaceAll("(?s)<\\?.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<!DOCTYPE.*?>", "");
        Matcher m = ROOT.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static String names(List<Path> files) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            out.add((i + 1) + ": " + files.get(i).getFileName());
        }
        return files.isEmpty() ? "none" : String.join(", ", out);
    }

    /** One {@code --scenario FILE}: its two parties at month 0 (central case). */
    static TournamentDomain scenario(Path file, java.io.PrintWriter err) {
        LoadedScenario loaded = ScenarioReader.read(file);
        loaded.notes().forEach(n -> err.println(n.format()));
        Scenario central = loaded.parameters().centralCase(loaded.scenario());
        try {
            return TournamentDomains.scenario(central, central.simulation().seed());
        } catch (SpaceTooLargeException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
    }

}
