package org.adjudicator.engine;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adjudicator.UserError;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;

/**
 * Finds a regulation set's folder and compiles its DRL files at run time. A rules folder is code:
 * compile errors are reported against the real file, line and rule, as a {@link UserError}.
 * Compiled sets are kept in memory, keyed by the folder and the content of its files, so an edit
 * of any rule is always seen.
 */
@Singleton
public class RulesLoader {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("(?:[Rr]ule name='([^']+)'|in rule \"([^\"]+)\"|[Rr]ule \"([^\"]+)\")");

    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    /** Compiled sets by content key, for the whole process (a warm-up thread may fill it before the CDI bean exists). */
    private static final Map<String, RuleSet> COMPILED = new ConcurrentHashMap<>();
    /** The disk cache, read from the settings when first needed (a wrong setting is then a one-line error). */
    private PackageCache disk;

    /** Forgets the sets compiled in this process (tests use it to read them back from the disk cache). */
    static void forgetCompiled() {
        COMPILED.clear();
    }

    /**
     * The folder of a regulation set named by a scenario: a path (absolute, or relative to the
     * scenario's folder or the current one), or a name looked up as {@code rules/NAME} in the
     * scenario's folder and each folder above it, then in the current folder.
     */
    public Path locate(String rules, Path scenario) {
        return locate(rules, scenario.toAbsolutePath().getParent(), scenario.toString(), "rules");
    }

    /** The folder of a regulation set named on the command line ({@code --rules}), with no scenario to look beside. */
    public Path locateFromCommandLine(String rules) {
        return locateFromCommandLine(rules, null);
    }

    /**
     * The folder of a regulation set named on the command line ({@code --rules}) for a scenario: a
     * name is looked up as the scenario's own {@code rules:} is ({@code rules/NAME} beside the
     * scenario, in each folder above it, then in the current folder), so that {@code --rules NAME}
     * and {@code rules: NAME} find the same set; a path is taken from the current folder, as a shell
     * user typed it.
     */
    public Path locateFromCommandLine(String rules, Path scenario) {
        Path cwd = Path.of("").toAbsolutePath();
        Path base = scenario == null || isPath(rules) ? cwd : scenario.toAbsolutePath().getParent();
        return locate(rules, base, null, "--rules");
    }

    private static boolean isPath(String rules) {
        return rules.contains("/") || rules.contains("\\") || rules.startsWith(".");
    }

    /**
     * The folder {@code rules:} leads to from a file's own folder alone, the current folder left
     * out, or null: a file written for another place must not depend on where the tool runs.
     */
    public Path locateFromFileAlone(String rules, Path file) {
        return first(candidates(rules, file.toAbsolutePath().getParent(), false));
    }

    private static List<Path> candidates(String rules, Path base, boolean currentFolderToo) {
        List<Path> candidates = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath();
        if (isPath(rules)) {
            Path given = Path.of(rules);
            if (given.isAbsolute()) candidates.add(given);
            else {
                candidates.add(base.resolve(given));
                if (currentFolderToo) candidates.add(cwd.resolve(given));
            }
        } else {
            for (Path dir = base; dir != null; dir = dir.getParent()) candidates.add(dir.resolve("rules").resolve(rules));
            if (currentFolderToo) candidates.add(cwd.resolve("rules").resolve(rules));
        }
        return candidates;
    }

    private static Path first(List<Path> candidates) {
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) return candidate.normalize();
        }
        return null;
    }

    private Path locate(String rules, Path base, String shownFile, String field) {
        Path found;
        try {
            found = first(candidates(rules, base, true));
        } catch (InvalidPathException e) {
            throw UserError.at(shownFile, field, "error.rules.badPath", rules, e.getReason());
        }
        if (found != null && found.getFileName() == null) {
            throw UserError.at(shownFile, field, "error.rules.rootFolder", rules);
        }
        if (found != null) return found;
        boolean isPath = isPath(rules);
        throw UserError.at(shownFile, field, isPath ? "error.rules.noSuchFolder"
                : base.equals(Path.of("").toAbsolutePath()) ? "error.rules.notFoundHere" : "error.rules.notFoundBeside", rules, available(base));
    }

    private static UserError.Phrase available(Path base) {
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            Path rules = dir.resolve("rules");
            if (Files.isDirectory(rules)) {
                try (Stream<Path> sets = Files.list(rules)) {
                    List<String> names = sets.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
                    if (!names.isEmpty()) return UserError.Phrase.of("error.rules.available", String.join(", ", names));
                } catch (IOException e) {
                    return UserError.Phrase.both("", "");
                }
            }
        }
        return UserError.Phrase.both("", "");
    }

    /**
     * Compiles (or takes from memory) the regulation set in a folder, and checks its structure: its
     * stages and the zones and rounds it declares (see {@link StructureCheck}).
     */
    public RuleSet load(Path folder) {
        SetChain chain = SetChain.of(folder);
        String key = digest(chain);
        return COMPILED.computeIfAbsent(key, k -> checked(compile(folder, chain, k), k));
    }

    /**
     * The set once its structure is checked. The check reads nothing but the compiled rules, and the
     * key covers every file of the chain and the tool's build, so a set that passed it once is
     * marked in the disk cache and not checked again by the next fresh JVM (the check runs a session
     * of its own: about a sixth of loading cached rules). A set that fails is never marked.
     */
    private RuleSet checked(RuleSet rules, String key) {
        if (disk.passedCheck(key)) return rules;
        RuleSet checked = StructureCheck.checked(rules);
        disk.markPassedCheck(key);
        return checked;
    }

    /**
     * The set compiled (from memory, the disk cache, or its files), not refused for its structure,
     * with every problem of its structure and citations: what {@code rules check} reports. A set
     * that does not compile is still an error (the first compile error, as {@link #load} gives it).
     */
    public Inspection inspect(Path folder) {
        SetChain chain = SetChain.of(folder);
        String key = digest(chain);
        RuleSet rules = COMPILED.get(key);
        if (rules == null) rules = compile(folder, chain, key);
        return new Inspection(rules, StructureCheck.problems(rules));
    }

    /** A compiled set and the problems found in it (none: it holds together). */
    public record Inspection(RuleSet rules, List<UserError> problems) {
    }

    /** A key for the compiled rules: the tool's build, and every folder, file name and content of the set and its bases. */
    private static String digest(SetChain chain) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(PackageCache.buildIdentity().getBytes(StandardCharsets.UTF_8));
            for (SetChain.Link link : chain.links()) {
                sha.update(link.folder().toString().getBytes(StandardCharsets.UTF_8));
                for (Path file : link.inputs()) {
                    sha.update(file.toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RuleSet compile(Path folder, SetChain chain, String key) {
        if (disk == null) disk = PackageCache.fromSystem();
        return chain.standalone() ? compileAlone(folder, chain.top().files(), key) : compileChain(folder, chain, key);
    }

    /** A set of its own: its files compiled as they are, in one batch. */
    private RuleSet compileAlone(Path folder, List<Path> files, String key) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        PackageCache.Entry cached = disk.load(key);
        if (cached != null) {
            Map<String, RuleSet.RuleSource> sources = new LinkedHashMap<>();
            for (Path file : files) indexRules(read(file), file, sources);
            return new RuleSet(name, folder, cached.kieBase(), Map.copyOf(sources), List.of(alone(name, folder, sources)));
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        // One batch: a function or type declared in one file is visible in every other.
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<String, RuleSet.RuleSource> sources = new LinkedHashMap<>();
        Map<String, String> shownBySource = new LinkedHashMap<>();
        for (Path file : files) {
            String text = read(file);
            indexRules(text, file, sources);
            Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.toAbsolutePath().toString());
            shownBySource.put(file.toAbsolutePath().toString(), shown(file));
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) throw compileError(builder, shownBySource, sources, null);
        disk.store(key, builder.getKnowledgePackages(), null);
        return new RuleSet(name, folder, builder.newKieBase(), Map.copyOf(sources), List.of(alone(name, folder, sources)));
    }

    private static RuleSet.Layer alone(String name, Path folder, Map<String, RuleSet.RuleSource> sources) {
        return new RuleSet.Layer(name, folder.toAbsolutePath().normalize().toString(), List.copyOf(sources.keySet()), List.of(), List.of());
    }

    /**
     * A set built on others: the parsed rules of the chain merged into one package (see
     * {@link RuleMerge}), then compiled. The cache keeps where each rule is written and what each
     * set did, so that a cached chain is not parsed again.
     */
    @SuppressWarnings("unchecked")
    private RuleSet compileChain(Path folder, SetChain chain, String key) {
        String name = chain.top().name();
        PackageCache.Entry cached = disk.load(key);
        if (cached != null && cached.extra() instanceof Object[] parts && parts.length == 2) {
            return new RuleSet(name, folder, cached.kieBase(), Map.copyOf((Map<String, RuleSet.RuleSource>) parts[0]),
                    List.copyOf((List<RuleSet.Layer>) parts[1]));
        }
        RuleMerge merge = RuleMerge.of(chain);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(new DescrResource(merge.merged()), ResourceType.DESCR);
        if (builder.hasErrors()) throw compileError(builder, Map.of(), merge.sources(), shown(folder));
        disk.store(key, builder.getKnowledgePackages(),
                new Object[] {new LinkedHashMap<>(merge.sources()), new ArrayList<>(merge.layers())});
        return new RuleSet(name, folder, builder.newKieBase(), merge.sources(), merge.layers());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.at(shown(file), null, "error.rules.cannotReadFile", e.getMessage());
        }
    }

    /** Where each rule starts, found in the text, so decisions and errors can cite file and line. */
    private static void indexRules(String text, Path file, Map<String, RuleSet.RuleSource> sources) {
        String shown = shown(file);
        String path = file.toAbsolutePath().normalize().toString();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                sources.putIfAbsent(name, new RuleSet.RuleSource(shown, i + 1, path));
            }
        }
    }

    /** The first compile error, as one line: file, line, rule, and Drools' message made readable. */
    private static UserError compileError(KnowledgeBuilder builder, Map<String, String> shownBySource,
                                          Map<String, RuleSet.RuleSource> sources, String folder) {
        List<KnowledgeBuilderError> errors = new ArrayList<>(builder.getErrors());
        KnowledgeBuilderError first = errors.get(0);
        String message = first.getMessage() == null ? "" : first.getMessage();
        // A merged chain is compiled from its parsed form, a resource without a source path: the rule then names the file.
        String sourcePath = first.getResource() == null ? null : first.getResource().getSourcePath();
        String file = sourcePath == null ? null : shownBySource.getOrDefault(sourcePath, sourcePath);
        String rule = ruleNamed(message);
        int line = first.getLines() != null && first.getLines().length > 0 ? first.getLines()[0] : -1;
        if (rule == null && first instanceof DescrBuildError built && built.getParentDescr() instanceof RuleDescr parent) {
            rule = parent.getName(); // a merged chain: the rule being built names the file (its line is that file's)
        }
        if (rule == null && line > 0) rule = ruleAt(file, line, sources);
        if (rule != null && sources.containsKey(rule) && (line <= 0 || file == null)) {
            RuleSet.RuleSource source = sources.get(rule);
            if (file == null && line > 0 && sourcePath == null) {
                file = source.file(); // parsed from that file: the line is the file's own
            } else {
                if (file == null) file = source.file();
                line = source.line();
            }
        }
        if (file == null) file = folder;
        String place = (line > 0 ? String.valueOf(line) : "") + (rule != null ? (line > 0 ? ": " : "") + "rule \"" + rule + "\"" : "");
        long more = errors.stream().map(KnowledgeBuilderError::getMessage).distinct().count() - 1;
        return UserError.at(file, place, "error.rules.compile", readable(message), more == 0 ? UserError.Phrase.both("", "")
                : UserError.Phrase.of(more > 1 ? "error.rules.andMoreErrors" : "error.rules.andOneMoreError", more));
    }

    /** The rule written around a line of a file: the last one that starts at or before it. */
    private static String ruleAt(String file, int line, Map<String, RuleSet.RuleSource> sources) {
        String found = null;
        int start = 0;
        for (Map.Entry<String, RuleSet.RuleSource> e : sources.entrySet()) {
            RuleSet.RuleSource source = e.getValue();
            if (source.file().equals(file) && source.line() <= line && source.line() > start) {
                found = e.getKey();
                start = source.line();
            }
        }
        return found;
    }

    private static String ruleNamed(String message) {
        Matcher m = RULE_IN_MESSAGE.matcher(message);
        if (!m.find()) return null;
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
        return null;
    }

    /** Drools' messages run over several lines and repeat themselves; keep the part that helps. */
    static UserError.Phrase readable(String message) {
        String text = message.replaceAll("\\s+", " ").strip();
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find()) return noSuchField(field.group(1), field.group(2));
        boolean openAbove = text.contains("mismatched input 'then'");
        text = text.replaceAll("\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
        text = text.replaceAll("\\s*\\[Rule name='[^']*'\\]\\s*", " ").strip();
        text = text.replaceAll("Rule Compilation error\\s*", "");
        text = text.replaceAll("^[^:]*\\.java \\(\\d+:\\d+\\) : ", "");
        text = text.replaceAll(" for the type Rule_\\S+", " in this rule");
        if (text.length() > 300) text = text.substring(0, 297) + "...";
        // Drools' own words stay as Drools says them; ours are the official's language.
        if (text.isEmpty()) return UserError.Phrase.of("error.rules.doNotCompile");
        return openAbove ? UserError.Phrase.of("error.rules.openAbove", text) : UserError.Phrase.both(text, null);
    }

    /** "TiedGroup has no field nextCriterium; did you mean nextCriterion?" */
    private static UserError.Phrase noSuchField(String className, String field) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        List<String> fields = new ArrayList<>();
        try {
            for (java.lang.reflect.Method m : Class.forName(className).getMethods()) {
                String name = m.getName();
                if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) continue;
                if (name.startsWith("get") && name.length() > 3) fields.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
                else if (name.startsWith("is") && name.length() > 2) fields.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // No suggestion then.
        }
        return UserError.Phrase.of("error.rules.noSuchField", simple, field, org.adjudicator.scenario.Suggest.phrase(field, fields));
    }

    /** A path as the user should see it: relative to the current folder when inside it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
