package org.adjudicator.regulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adjudicator.UserError;
import org.adjudicator.engine.Declarations;
import org.adjudicator.engine.RuleSet;
import org.kie.api.definition.KiePackage;

/**
 * A new regulation set that builds on another and holds nothing of its own yet: {@code set.yaml}
 * naming its base (and a commented {@code removes:}), and one DRL file whose comments show, with
 * real rules of the base, how to replace a rule ({@code @replaces}) and how to change a setting.
 * Uncommented as it is, each example replaces the base's rule by the same text: the new set
 * decides as its base does until the official edits it.
 */
public final class NewSet {
    /** A set's name: a folder name an official can type, and a name {@code builds-on:} can give. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** The file the official starts from. */
    public static final String FILE = "changes.drl";

    private NewSet() {
    }

    /** Creates the folder {@code NAME} beside the base's folder, whole or not at all, and returns it. */
    public static Path create(String name, RuleSet base) {
        if (!NAME.matcher(name).matches() || name.endsWith(".")) {
            throw UserError.at(null, "NAME", "error.newSet.name", name);
        }
        Path parent = base.folder().toAbsolutePath().normalize().getParent();
        Path target = parent.resolve(name);
        String shown = shown(target);
        if (Files.exists(target)) throw UserError.at(shown, null, "error.newSet.exists");
        String yaml = setYaml(name, base);
        String drl = startingFile(name, base);
        Path temp = null;
        try {
            temp = Files.createTempDirectory(parent, "." + name + "-");
            Files.writeString(temp.resolve("set.yaml"), yaml, StandardCharsets.UTF_8);
            Files.writeString(temp.resolve(FILE), drl, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw UserError.at(shown, null, "error.newSet.exists");
        } catch (IOException e) {
            throw UserError.at(shown, null, "error.newSet.cannotCreate", e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
        return target;
    }

    private static String setYaml(String name, RuleSet base) {
        // The example: the last rule of the last stage, whose removal leaves the structure whole.
        Regulation regulation = Regulation.of(base);
        String example = regulation.stages().stream().filter(s -> !s.rules().isEmpty()).reduce((a, b) -> b)
                .map(s -> s.rules().get(s.rules().size() - 1).name()).orElseGet(() -> anyRule(base));
        return "# " + name + ": the regulation of " + base.name() + ", and only what differs from it (" + FILE + ").\n"
                + "builds-on: " + base.folder().toAbsolutePath().normalize().getFileName() + "\n"
                + "# Rules of " + base.name() + " (or of the sets it builds on) left out of this set, by name:\n"
                + "# removes:\n"
                + "#   - " + yamlQuoted(example) + "\n";
    }

    private static String anyRule(RuleSet base) {
        return base.sources().keySet().stream().sorted().findFirst().orElse("A rule of the base");
    }

    private static String yamlQuoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String startingFile(String name, RuleSet base) {
        Declarations declared = Declarations.read(base);
        String order = declared == null || declared.precedences().isEmpty() ? null : declared.ruleOf(declared.precedences().get(0));
        // A rule that declares one setting alone, where the set has one (the plainest example), else the first setting's rule.
        String settings = declared == null ? null : declared.settings().stream().map(declared::ruleOf)
                .filter(rule -> declared.settings().stream().filter(s -> rule.equals(declared.ruleOf(s))).count() == 1)
                .findFirst().orElse(declared.settings().isEmpty() ? null : declared.ruleOf(declared.settings().get(0)));
        StringBuilder drl = new StringBuilder();
        drl.append("/*\n")
                .append(" * ").append(name).append(": builds on ").append(base.name()).append(" (set.yaml). This folder holds only what differs:\n")
                .append(" * - a new rule: write it here, under a name no rule of ").append(base.name()).append(" has;\n")
                .append(" * - a rule of ").append(base.name()).append(" changed: write it here again, under the same name, with @replaces;\n")
                .append(" * - a rule of ").append(base.name()).append(" left out: name it under removes: in set.yaml.\n")
                .append(" * The examples below are real rules of ").append(base.name())
                .append(": uncommented as they are, they change nothing; then edit them.\n")
                .append(" * Check the set with `rules check rules/").append(name).append("`; see what differs with `rules diff rules/")
                .append(base.folder().toAbsolutePath().normalize().getFileName()).append(" rules/").append(name).append("`.\n")
                .append(" */\n")
                .append("package ").append(packageOf(base)).append(";\n");
        Set<String> imports = new LinkedHashSet<>();
        for (String rule : new String[] {order, settings}) if (rule != null) imports.addAll(importsOf(base.sources().get(rule).path()));
        if (!imports.isEmpty()) drl.append('\n');
        for (String line : imports) drl.append(line).append('\n');
        if (order != null) {
            drl.append("\n/*\n * To reorder, add or remove criteria: uncomment this rule (it replaces the base's rule of the same\n")
                    .append(" * name) and edit its list. A new criterion is a new rule, named exactly as in the list.\n */\n");
            drl.append(commented(replacing(base, order)));
            drl.append(newCriterion(base, declared));
        }
        if (settings != null && !settings.equals(order)) {
            drl.append("\n/* To change a setting: uncomment this rule (it replaces the base's rule of the same name) and edit its value. */\n");
            drl.append(commented(replacing(base, settings)));
        }
        return drl.toString();
    }

    /**
     * Where a new criterion's words go: a commented rule with both wordings, {@code @wording} (English)
     * and {@code @wordingEs} (Spanish), and the base's own words of one of its criteria as a model.
     */
    private static String newCriterion(RuleSet base, Declarations declared) {
        StringBuilder text = new StringBuilder("\n/*\n * A new criterion: a rule named exactly as in the list. Its words go in both languages:\n"
                + " * @wording (English) and @wordingEs (Spanish); its column's heading in @column and @columnEs.\n"
                + " * Without @wordingEs, Spanish output shows the English wording (`rules check` warns).\n");
        String model = declared.precedences().stream().flatMap(p -> p.getCriteria().stream())
                .filter(c -> base.metadata(c, "wording") != null && base.metadata(c, "wordingEs") != null).findFirst().orElse(null);
        if (model != null) {
            text.append(" * As ").append(base.name()).append(" words \"").append(model).append("\": @wording(\"")
                    .append(base.metadata(model, "wording")).append("\") @wordingEs(\"").append(base.metadata(model, "wordingEs")).append("\")\n");
        }
        // Inside the comment, not as // lines: uncommented as they are, the examples above change nothing; a new rule would.
        text.append(" *\n")
                .append(" *   rule \"A new criterion\"\n")
                .append(" *       @regulation(\"7\") @wording(\"The regulation's words, in English\") @wordingEs(\"Las palabras del reglamento, en español\")\n")
                .append(" *       @column(\"New\") @columnEs(\"Nuevo\")\n")
                .append(" *   when\n")
                .append(" *       $group : TiedGroup( nextCriterion == \"A new criterion\" )\n")
                .append(" *   then\n")
                .append(" *       Tiebreak.split(drools, $group, \"goalsFor\", Tiebreak.HIGHER_FIRST);\n")
                .append(" *   end\n")
                .append(" */\n");
        return text.toString();
    }

    /** The rule's text in the base, with {@code @replaces} after its name. */
    private static String replacing(RuleSet base, String rule) {
        RuleSet.RuleSource source = base.sources().get(rule);
        String text = RegulationDiff.text(new Regulation.RuleRef(rule, "", source.file(), source.line(), source.path()));
        int firstLine = text.indexOf('\n');
        return text.substring(0, firstLine + 1) + "    @replaces\n" + text.substring(firstLine + 1);
    }

    private static String commented(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) continue;
            out.append("// ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The package of the base's rules (the merged package takes the top set's name; this keeps the base's). */
    private static String packageOf(RuleSet base) {
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : base.kieBase().getKiePackages()) if (!pkg.getRules().isEmpty()) names.add(pkg.getName());
        return names.stream().sorted().findFirst().orElse("regulation");
    }

    private static List<String> importsOf(String file) {
        try (Stream<String> lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("import ")).map(String::strip).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** Removes a set this class created (one that does not load is a bug, and is not left behind). */
    public static void remove(Path folder) {
        deleteQuietly(folder);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind names itself (.NAME-...) and holds no set
        }
    }
}
