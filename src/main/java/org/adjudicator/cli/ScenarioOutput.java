package org.adjudicator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.adjudicator.SafeFiles;
import org.adjudicator.UserError;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;

/**
 * A scenario a command writes ({@code whatif --out}, {@code pair --out}) so that the tool can read
 * it back from where it lands: in the format its extension names (.json JSON, .yaml or .yml YAML),
 * naming the regulation set it was made with by a reference that resolves from its own folder, and
 * read back through the scenario checker before it is written.
 */
final class ScenarioOutput {
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioOutput() {
    }

    /** True for JSON, false for YAML; any other extension is refused before any work is done. */
    static boolean isJson(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return false;
        throw UserError.at(out.toString(), "--out", "error.scenarioOut.extension");
    }

    /** Refuses, before any work is done, an --out that is one of the inputs, no regular file, or of no format. */
    static void checkTarget(Path out, Path... inputs) {
        SafeFiles.checkTarget(out, inputs);
        isJson(out);
    }

    /** The scenario file as written (YAML or JSON, by its extension), to be changed and written again. */
    static ObjectNode readTree(Path scenario) throws IOException {
        ObjectMapper mapper = scenario.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        return (ObjectNode) mapper.readTree(scenario.toFile());
    }

    /** A scenario ready to be written, and the scenario the tool reads from it. */
    record Prepared(Path out, String text, Tournament tournament) {
        /** Writes it whole (never over one of the inputs). */
        void write(Path... inputs) {
            SafeFiles.write(out, text, inputs);
        }
    }

    /**
     * The text of the scenario to write: {@code rules:} names {@code rules} as seen from the new
     * file's folder, the header is a comment on top (YAML only: JSON has no comments), and the text
     * is read back as the tool would read the file; a text the tool would refuse is a bug.
     */
    static Prepared prepare(Path out, ObjectNode tree, String header, RuleSet rules, RulesLoader loader, ScenarioReader reader)
            throws IOException {
        boolean json = isJson(out);
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) throw UserError.at(out.toString(), "--out", "error.file.noFolder");
        tree.put("rules", rulesReference(tree.path("rules").asText(""), rules.folder(), out, loader));
        String text = json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n"
                : header.lines().map(line -> "# " + line + "\n").reduce("", String::concat) + YAML.writeValueAsString(tree);
        return readBack(out, text, rules, loader, reader);
    }

    /** True when a scenario is written as it was, changed in place: a YAML file written again as YAML (its comments kept). */
    static boolean inPlace(Path scenario, Path out) {
        String name = scenario.getFileName() == null ? "" : scenario.getFileName().toString().toLowerCase(Locale.ROOT);
        return !isJson(out) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /**
     * A scenario's text changed in place, ready to be written: read back as the tool would read the
     * file at {@code out}, its {@code rules:} leading to {@code rules}; a text the tool would refuse is a bug.
     */
    static Prepared prepareText(Path out, String text, RuleSet rules, RulesLoader loader, ScenarioReader reader) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) throw UserError.at(out.toString(), "--out", "error.file.noFolder");
        return readBack(out, text, rules, loader, reader);
    }

    /**
     * The reference to a rules folder from a file at {@code out}: the value as written when it
     * still leads there from the new file's folder, whatever the current folder (a set name found
     * under a rules/ folder beside or above it), or else a relative path with a '/', which the
     * lookup takes as a path from the file's folder.
     */
    static String rulesReference(String asWritten, Path rulesFolder, Path out, RulesLoader loader) {
        Path target = rulesFolder.toAbsolutePath().normalize();
        if (!asWritten.isBlank() && target.equals(loader.locateFromFileAlone(asWritten, out))) return asWritten;
        Path folder = out.toAbsolutePath().normalize().getParent();
        String relative;
        try {
            relative = folder.relativize(target).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return target.toString();
        }
        return relative.startsWith(".") ? relative : "./" + relative;
    }

    /** The text read back as the tool would read the file at {@code out}, its rules leading to {@code rules}; a refusal is a bug. */
    private static Prepared readBack(Path out, String text, RuleSet rules, RulesLoader loader, ScenarioReader reader) {
        Tournament written;
        try {
            written = reader.read(out, text);
            if (!rules.folder().toAbsolutePath().normalize().equals(loader.locateFromFileAlone(written.rulesName(), out))) {
                throw new IllegalStateException("rules: " + written.rulesName() + " does not lead back to " + rules.folder());
            }
        } catch (UserError e) {
            throw new IllegalStateException("the scenario to be written to " + out + " would be refused: " + e.oneLine(), e);
        }
        return new Prepared(out, text, written);
    }
}
