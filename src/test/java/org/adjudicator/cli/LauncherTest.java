package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/adjudicator} (src/main/launcher/adjudicator), run by sh against a fake
 * java that prints the arguments it is given, echoes its standard input and exits 7: what it passes
 * to java, from any folder and through a symlink, with and without the build's archive.
 */
class LauncherTest {
    @TempDir
    Path temp;

    Path target;
    Path java;

    @BeforeEach
    void build() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        target = Files.createDirectories(temp.resolve("target"));
        Files.copy(Path.of("src/main/launcher/adjudicator"), target.resolve("adjudicator"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(target.resolve("adjudicator.jar"), "");
        java = Files.createDirectories(temp.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\ncat\nexit 7\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
    }

    record Run(int exit, List<String> lines) {
    }

    Run run(Path script, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Files.createDirectories(temp.resolve("elsewhere")).toFile());
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        builder.redirectErrorStream(true);
        Process p = builder.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out.lines().toList());
    }

    String jar() throws IOException {
        return target.toRealPath().resolve("adjudicator.jar").toString();
    }

    void archive(Path madeBy) throws IOException {
        Files.writeString(target.resolve("adjudicator.jsa"), "archive");
        Files.writeString(target.resolve("adjudicator.jsa.stamp"), madeBy + "\n" + jar() + "\n");
    }

    @Test
    void withoutAnArchiveItIsAPlainJavaJarWithArgumentsStreamsAndExitCodeUnchanged() throws Exception {
        Run r = run(target.resolve("adjudicator"), "from stdin\n", "simulate", "a b.yaml", "", "--runs", "10");

        assertThat(r.exit()).isEqualTo(7);
        assertThat(r.lines()).containsExactly("-jar", jar(), "simulate", "a b.yaml", "", "--runs", "10", "from stdin");
    }

    @Test
    void aShortCommandRunsOnTheQuickCompilerAloneWithTheSerialCollector() throws Exception {
        assertThat(run(target.resolve("adjudicator"), "", "rank", "x.yaml").lines())
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-jar", jar(), "rank", "x.yaml");
        assertThat(run(target.resolve("adjudicator"), "", "serve").lines()).containsExactly("-jar", jar(), "serve");
    }

    @Test
    void theArchiveIsUsedWithTheJavaThatMadeIt() throws Exception {
        archive(java.toRealPath());

        Run r = run(target.resolve("adjudicator"), "", "bench");

        assertThat(r.lines()).containsExactly("-XX:SharedArchiveFile=" + target.toRealPath().resolve("adjudicator.jsa"), "-Xshare:auto",
                "-Xlog:cds=off,cds+dynamic=off", "-jar", jar(), "bench");
    }

    @Test
    void anArchiveMadeByAnotherJavaIsLeftOut() throws Exception {
        archive(Path.of("/usr/lib/jvm/another/bin/java"));

        assertThat(run(target.resolve("adjudicator"), "", "bench").lines()).containsExactly("-jar", jar(), "bench");
    }

    @Test
    void itFindsItsJarThroughASymlinkFromAnyFolder() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("adjudicator"), target.resolve("adjudicator"));

        assertThat(run(link, "", "bench").lines()).containsExactly("-jar", jar(), "bench");
    }
}
