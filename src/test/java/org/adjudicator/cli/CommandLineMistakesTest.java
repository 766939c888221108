package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mistake on the command line is one line (what is wrong, and where --help says more), exit 2,
 * never the whole usage; an empty value is a mistake; `--out` never replaces what is not a regular
 * file; and no temporary file is left behind.
 */
class CommandLineMistakesTest {
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown format   | run FINAL --format xml                 | Invalid value for option '--format': expected one of [text, json, markdown, html, xlsx, csv] (case-sensitive) but was 'xml'; see 'adjudicator run --help'
            an unknown option   | rank FINAL --colour                    | Unknown option: '--colour'; see 'adjudicator rank --help'
            no scenario         | rank                                   | Missing required parameter: 'SCENARIO'; see 'adjudicator rank --help'
            a limit too large   | needs FINAL Binacional --limit 99999999999 | Invalid value for option '--limit': '99999999999' is not an int; see 'adjudicator needs --help'
            a seed too large    | simulate FINAL --runs 5 --seed 99999999999999999999 | Invalid value for option '--seed': '99999999999999999999' is not a long; see 'adjudicator simulate --help'
            an unknown command  | rnak FINAL                             | Unmatched arguments from index 0: 'rnak', 'scenarios/copa-peru-2017/final-group.yaml'; did you mean "rank"?; see 'adjudicator --help'
            an empty rules      | rank FINAL --rules=                    | option --rules is given an empty value; see 'adjudicator rank --help'
            an empty out        | whatif FINAL --out=                    | option --out is given an empty value; see 'adjudicator whatif --help'
            an empty scenario   | rank ''                                | SCENARIO is given an empty value; see 'adjudicator rank --help'
            """)
    void aMistakeIsOneLine(String what, String line, String expected) {
        List<String> args = new ArrayList<>();
        for (String word : line.split(" ")) args.add(word.equals("FINAL") ? FINAL_GROUP : word.equals("''") ? "" : word);

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(expected + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/dev/null", "/dev/full"})
    void outNamingADeviceIsRefusedAndTheDeviceIsLeftAlone(String device) {
        assumeTrue(Files.exists(Path.of(device)), device);

        for (String[] args : List.of(new String[] {"whatif", FINAL_GROUP, "--set", "Binacional 0-1 Atlético Grau", "--out", device},
                new String[] {"pair", "scenarios/copa-peru-2017/teams.yaml", "--out", device})) {
            Cli.Result result = Cli.run(args);

            assertThat(result.exit()).as(result.err()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo(device + ":--out: not a regular file (a device, a FIFO, a folder or a link): "
                    + "the tool replaces only regular files; name a new file\n");
            assertThat(Files.isRegularFile(Path.of(device), LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
    }

    @Test
    void outNamingAFifoOrALinkIsRefused() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
        Path target = Files.writeString(dir.resolve("target.yaml"), "kept\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);

        for (Path out : List.of(fifo, link)) {
            Cli.Result result = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 0-1 Atlético Grau", "--out", out.toString());

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).startsWith(out + ":--out: not a regular file");
        }
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("kept\n");
    }

    /** `pair` checks its proposal read from memory: nothing in the system's temporary folder, even for a moment. */
    @Test
    void pairWritesNoTemporaryFile() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Path out = dir.resolve("fixture.yaml");
        List<String> created = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            WatchKey key = temp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);

            Cli.Result result = Cli.run("pair", "scenarios/copa-peru-2017/teams.yaml", "--out", out.toString());

            assertThat(result.exit()).as(result.err()).isZero();
            for (WatchEvent<?> event : key.pollEvents()) created.add(String.valueOf(event.context()));
        }
        assertThat(created).noneMatch(name -> name.startsWith("pair-check"));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("fixture.yaml");
        }
    }
}
