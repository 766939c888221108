package org.adjudicator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.adjudicator.UserError;

/**
 * What a server serves, fixed when it starts: the scenario files it was given (each named by its
 * path as given) and the regulation sets under {@code rules/}. The browser names them; it never
 * gives a path, so no request reaches any other file. Symbolic links are not followed.
 */
public final class Workspace {
    private final Map<String, Path> scenarios;
    private final Map<String, Path> sets;

    private Workspace(Map<String, Path> scenarios, Map<String, Path> sets) {
        this.scenarios = Collections.unmodifiableMap(scenarios);
        this.sets = Collections.unmodifiableMap(sets);
    }

    /** The scenario files given and found in the folders given, and the sets in the rules folder. */
    public static Workspace of(List<Path> given, Path rulesFolder) {
        Map<String, Path> scenarios = new TreeMap<>();
        for (Path path : given) {
            if (Files.isSymbolicLink(path)) throw UserError.at(path.toString(), null, "error.serve.link");
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isScenarioName(p))
                            .forEach(p -> scenarios.put(shown(p), p.toAbsolutePath().normalize()));
                } catch (IOException e) {
                    throw UserError.at(path.toString(), null, "error.serve.cannotReadFolder", e.getMessage());
                }
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                scenarios.put(shown(path), path.toAbsolutePath().normalize());
            } else {
                throw UserError.at(path.toString(), null, "error.serve.noSuchPath");
            }
        }
        if (scenarios.isEmpty()) throw UserError.said("error.serve.noScenario", given);
        Map<String, Path> sets = new TreeMap<>();
        if (Files.isDirectory(rulesFolder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> list = Files.list(rulesFolder)) {
                list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> sets.put(p.getFileName().toString(), p.toAbsolutePath().normalize()));
            } catch (IOException e) {
                throw UserError.at(rulesFolder.toString(), null, "error.rules.cannotReadFolder", e.getMessage());
            }
        }
        return new Workspace(scenarios, sets);
    }

    private static boolean isScenarioName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String shown(Path p) {
        Path normal = p.normalize();
        Path here = Path.of("").toAbsolutePath();
        Path absolute = normal.toAbsolutePath().normalize();
        String text = absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        return text.replace('\\', '/');
    }

    /** The scenarios by name, in order. */
    public List<String> scenarioNames() {
        return new ArrayList<>(scenarios.keySet());
    }

    /**
     * The sets a scenario may be adjudicated by, in order. A shared base (a set others build on
     * that builds on none itself, as rules/base) is left out: it is the mechanics the regulations
     * share, not a regulation, and it can rank nothing.
     */
    public List<String> setNames() {
        Map<String, String> buildsOn = new TreeMap<>();
        sets.forEach((name, folder) -> buildsOn.put(name, buildsOn(folder)));
        List<String> names = new ArrayList<>();
        for (String name : sets.keySet()) {
            boolean shared = buildsOn.get(name) == null && buildsOn.containsValue(name);
            if (!shared) names.add(name);
        }
        return names;
    }

    /** The set a set's manifest (set.yaml) names under builds-on, or null (none, or no manifest). */
    private static String buildsOn(Path folder) {
        try {
            JsonNode manifest = new YAMLMapper().readTree(folder.resolve("set.yaml").toFile());
            JsonNode base = manifest == null ? null : manifest.get("builds-on");
            return base == null || !base.isTextual() ? null : Path.of(base.asText().strip()).getFileName().toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A scenario named by the browser; refused unless the server was started with it. */
    Path scenario(String name) {
        Path file = name == null ? null : scenarios.get(name);
        if (file == null) {
            throw new ApiError(404, "api.error.noScenario", String.valueOf(name), String.join(", ", scenarios.keySet()));
        }
        return file;
    }

    /** A regulation set named by the browser; refused unless it is one of the sets under rules/. */
    Path set(String name) {
        Path folder = sets.get(name);
        if (folder == null) {
            throw new ApiError(404, "api.error.noSet", String.valueOf(name), String.join(", ", sets.keySet()));
        }
        return folder;
    }
}
