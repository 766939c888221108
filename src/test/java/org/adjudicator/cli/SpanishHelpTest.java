package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.report.Messages;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@code --help} in Spanish: every command and subcommand under {@code --lang es} (and the
 * environment's Spanish locale) prints no English; English stays what the annotations say;
 * help_en and help_es hold the same keys; picocli's own mistakes are one Spanish line, exit 2.
 */
class SpanishHelpTest {
    private static final PrintWriter DISCARD = new PrintWriter(Writer.nullWriter());

    /** What gives English help away, beside the phrases of {@link SpanishOutputTest#ENGLISH}. */
    static final List<String> ENGLISH_HELP = List.of("Usage:", "Options:", "Commands:", "Example", "the scenario", "print",
            "Show ", "Print ", "Display ", "default", "Default", "Repeatable", " the ", " and ", " of ", " with ", "Exit ");

    /** An English placeholder, as a word of its own ("SCENARIO", not the end of "ESCENARIO"). */
    private static final Pattern ENGLISH_PLACEHOLDER = Pattern.compile(
            "(?<![\\p{L}_])(COMMAND|SCENARIO|FILE|TEAMS?|TEAM_A|TEAM_B|FOLDER|NAME|RESULT|FORMAT|SET|PATH|SHEET|TEXT|STAGE|POINTS)(?![\\p{L}_])");

    /** A literal the official types ("round of 16", "Tie R6", "General table"): a value, not a sentence. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"");

    private static WeldContainer container;

    @BeforeAll
    static void boot() {
        container = Main.boot();
    }

    @AfterAll
    static void shutdown() {
        container.close();
    }

    /** Every command and subcommand, as the words that name it ("run", "rules describe"). */
    static List<String> commands() {
        try (WeldContainer c = Main.boot()) {
            List<String> names = new ArrayList<>();
            collect(Main.commandLine(c, DISCARD, DISCARD), "", names);
            return names;
        }
    }

    private static void collect(CommandLine commandLine, String prefix, List<String> names) {
        names.add(prefix.strip());
        for (var sub : commandLine.getSubcommands().entrySet()) collect(sub.getValue(), prefix + " " + sub.getKey(), names);
    }

    @ParameterizedTest(name = "{0} --help --lang es")
    @MethodSource("commands")
    void everyCommandsHelpIsSpanish(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.addAll(List.of("--help", "--lang", "es"));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Uso: adjudicator").contains(command.equals("help") ? "Mostrar la ayuda del comando help" : "Mostrar esta ayuda y salir.");
        assertNoEnglish(command, result.out());
    }

    /** {@code help COMMAND}, as the top-level usage tells an official to run it. */
    @Test
    void theHelpCommandSpeaksSpanish() {
        Cli.Result result = Cli.run("help", "whatif", "--lang", "es");
        assertThat(result.out()).startsWith("Uso: adjudicator whatif").contains("Ejemplos:").contains("--set=RESULTADO");
        assertNoEnglish("help whatif", result.out());
        Cli.Result itself = Cli.run("help", "--help", "--lang", "es");
        assertThat(itself.out()).startsWith("Muestra la ayuda del comando indicado.").contains("Uso: adjudicator help [-h] [--lang=IDIOMA] [COMANDO]");
    }

    /** Examples kept, in Spanish: the help teaches as the English does. */
    @Test
    void theHelpTeachesWithExamples() {
        String run = Cli.run("run", "--help", "--lang", "es").out();
        assertThat(run).contains("Ejemplos:").contains("run scenarios/copa-peru-2017/national-stage.yaml --format markdown > tablas.md")
                .contains("Uso: adjudicator run [-hV]").contains("ESCENARIO").contains("--out=ARCHIVO");
        String top = Cli.run("--help", "--lang", "es").out();
        assertThat(top).contains("Comandos:").contains("Códigos de salida: 0 hecho;").contains("  help            Muestra la ayuda");
        String whatif = Cli.run("whatif", "--help", "--lang", "es").out();
        assertThat(whatif).contains("--reason \"jugador inhabilitado\"").contains("[--sanction=EQUIPO:PUNTOS").contains("[@ETAPA]]...");
    }

    @Test
    void englishIsUnchanged() {
        Cli.Result english = Cli.run("run", "--help");
        assertThat(english.out()).startsWith("Usage: adjudicator run [-hV]").contains("Examples:")
                .contains("      SCENARIO          The scenario file (YAML or JSON): teams, matches, and");
        assertThat(Cli.run("run", "--help", "--lang", "en").out()).isEqualTo(english.out());
    }

    /** help_en mirrors the annotations: with it as picocli's bundle every usage reads as without one. */
    @Test
    void helpEnSaysWhatTheAnnotationsSay() {
        CommandLine plain = Main.commandLine(container, DISCARD, DISCARD);
        CommandLine bundled = Main.commandLine(container, DISCARD, DISCARD);
        bundled.setResourceBundle(HelpLanguage.bundle(Messages.ENGLISH));
        assertSameUsage(plain, bundled);
    }

    private static void assertSameUsage(CommandLine plain, CommandLine bundled) {
        assertThat(bundled.getUsageMessage()).as("help_en.properties for '" + plain.getCommandSpec().qualifiedName()
                + "' (change it, and help_es.properties, with the annotation)").isEqualTo(plain.getUsageMessage());
        for (String name : plain.getSubcommands().keySet()) {
            assertSameUsage(plain.getSubcommands().get(name), bundled.getSubcommands().get(name));
        }
    }

    /** A command, option or parameter without its Spanish (a new option, say) would show its English: each has a key. */
    @Test
    void everyTextHasItsSpanish() {
        CommandLine english = Main.commandLine(container, DISCARD, DISCARD);
        CommandLine spanish = Main.commandLine(container, DISCARD, DISCARD);
        HelpLanguage.apply(spanish, Messages.SPANISH);
        spanish.getUsageMessage();   // the first usage shown gives every command its Spanish
        assertEveryTextSpanish(english, spanish);
    }

    private static void assertEveryTextSpanish(CommandLine english, CommandLine spanish) {
        String name = english.getCommandSpec().qualifiedName();
        assertThat(spanish.getCommandSpec().usageMessage().description()).as(name + ": its description in help_es.properties")
                .isNotEqualTo(english.getCommandSpec().usageMessage().description());
        List<ArgSpec> englishArgs = english.getCommandSpec().args();
        List<ArgSpec> spanishArgs = spanish.getCommandSpec().args();
        for (int i = 0; i < englishArgs.size(); i++) {
            ArgSpec arg = englishArgs.get(i);
            if (arg.description().length == 0) continue;
            assertThat(spanishArgs.get(i).description()).as(name + " " + arg.paramLabel() + ": its description in help_es.properties")
                    .isNotEqualTo(arg.description());
        }
        for (String sub : english.getSubcommands().keySet()) {
            assertEveryTextSpanish(english.getSubcommands().get(sub), spanish.getSubcommands().get(sub));
        }
    }

    @Test
    void helpEnAndHelpEsHoldTheSameKeys() throws IOException {
        TreeSet<String> english = keys("en");
        TreeSet<String> spanish = keys("es");
        TreeSet<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        TreeSet<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertThat(onlyEnglish).as("keys in help_en.properties and not in help_es.properties").isEmpty();
        assertThat(onlySpanish).as("keys in help_es.properties and not in help_en.properties").isEmpty();
    }

    /** Every word of every placeholder (SCENARIO, TEAM:POINTS[@STAGE]) has its Spanish. */
    @Test
    void everyPlaceholderHasItsSpanish() throws IOException {
        TreeSet<String> spanish = keys("es");
        List<String> words = new ArrayList<>();
        placeholders(Main.commandLine(container, DISCARD, DISCARD), words);
        for (String word : words) assertThat(spanish).as("label." + word + " in help_es.properties").contains("label." + word);
    }

    private static void placeholders(CommandLine commandLine, List<String> words) {
        for (ArgSpec arg : commandLine.getCommandSpec().args()) {
            if (arg.arity().max == 0) continue;
            Matcher word = Pattern.compile("[\\p{Lu}_]{2,}").matcher(arg.paramLabel());
            while (word.find()) words.add(word.group());
        }
        for (CommandLine sub : commandLine.getSubcommands().values()) placeholders(sub, words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown format   | run FINAL --format xml                 | Valor no válido para la opción '--format': 'xml'; debe ser uno de: text, json, markdown, html, xlsx, csv; consulte 'adjudicator run --help'
            an unknown option   | rank FINAL --colour                    | Opción desconocida: '--colour'; consulte 'adjudicator rank --help'
            no scenario         | rank                                   | Falta el parámetro obligatorio 'ESCENARIO'; consulte 'adjudicator rank --help'
            no team             | explain FINAL                          | Falta el parámetro obligatorio 'EQUIPO_A'; consulte 'adjudicator explain --help'
            no out              | pair FINAL                             | Falta la opción obligatoria '--out=ARCHIVO'; consulte 'adjudicator pair --help'
            a limit too large   | needs FINAL Binacional --limit 99999999999 | Valor no válido para la opción '--limit': '99999999999' no es un número entero (o es demasiado grande); consulte 'adjudicator needs --help'
            an unknown command  | rnak FINAL                             | Comando desconocido: 'rnak'; ¿quiso decir "rank"?; consulte 'adjudicator --help'
            an empty rules      | rank FINAL --rules=                    | La opción --rules recibe un valor vacío; consulte 'adjudicator rank --help'
            an empty scenario   | rank ''                                | El parámetro ESCENARIO recibe un valor vacío; consulte 'adjudicator rank --help'
            a rules without set | rank FINAL --rules                     | La opción '--rules' necesita un valor; consulte 'adjudicator rank --help'
            an option twice     | rank FINAL --format json --format text | La opción '--format' se indica más de una vez; consulte 'adjudicator rank --help'
            an extra argument   | rank FINAL other.yaml                  | Argumento de más: 'other.yaml'; consulte 'adjudicator rank --help'
            no command          | -                                      | Falta un comando: run, rank, explain, check-fixtures, pair, verify, whatif, impact, needs, simulate, bench, serve, rules o import; consulte 'adjudicator --help'
            no rules command    | rules                                  | Falta un comando: check, new, describe o diff; consulte 'adjudicator rules --help'
            a value then option | rank FINAL --table --trace             | La opción '--table' necesita un valor, pero le sigue '--trace'; consulte 'adjudicator rank --help'
            help on a misspelt  | help rnak                              | Comando desconocido: 'rnak'; ¿quiso decir "rank"?; consulte 'adjudicator --help'
            """)
    void aMistakeIsOneSpanishLine(String what, String line, String expected) {
        List<String> args = new ArrayList<>();
        if (!line.equals("-")) {
            for (String word : line.split(" ")) args.add(word.equals("FINAL") ? CommandLineMistakesTest.FINAL_GROUP : word.equals("''") ? "" : word);
        }
        args.addAll(Math.min(1, args.size()), List.of("--lang", "es"));   // after the command: an option at the end may want a value
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(expected + System.lineSeparator());
    }

    /** As an official's shell gives it: LANG=es_PE.UTF-8, no --lang. The help and a mistake in Spanish. */
    @Test
    void theEnvironmentsSpanishLocaleGivesSpanishHelp() throws Exception {
        String help = fresh("run", "--help");
        assertThat(help).startsWith("Uso: adjudicator run [-hV]").contains("Ejemplos:").contains("ESCENARIO");
        assertNoEnglish("run (LANG=es_PE.UTF-8)", help);
        assertThat(fresh("rank", CommandLineMistakesTest.FINAL_GROUP, "--colour")).isEqualTo("Opción desconocida: '--colour'; consulte 'adjudicator rank --help'\n");
    }

    private static String fresh(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.jboss.logging.provider=slf4j", "org.adjudicator.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        Stream.of("LC_ALL", "LC_MESSAGES", "ADJUDICATOR_LANGUAGE").forEach(env::remove);
        env.put("LANG", "es_PE.UTF-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** No English outside the examples (a command line as typed) and the quoted values an official types. */
    private static void assertNoEnglish(String command, String help) {
        boolean examples = false;
        for (String line : help.lines().toList()) {
            if (line.startsWith("Ejemplo")) examples = true;
            else if (line.isBlank()) examples = false;
            if (examples) continue;
            String prose = QUOTED.matcher(line).replaceAll("\"\"");
            for (String english : Stream.concat(SpanishOutputTest.ENGLISH.stream(), ENGLISH_HELP.stream()).toList()) {
                assertThat(prose).as(command + " --help --lang es prints English (\"" + english + "\")").doesNotContain(english);
            }
            assertThat(ENGLISH_PLACEHOLDER.matcher(prose).find()).as(command + " --help --lang es prints an English placeholder: " + line).isFalse();
        }
    }

    private static TreeSet<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SpanishHelpTest.class.getResourceAsStream("/help_" + language + ".properties")) {
            assertThat(in).as("help_" + language + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
