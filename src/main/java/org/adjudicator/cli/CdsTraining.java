package org.adjudicator.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The training run of the build's class-data-sharing archive ({@code target/adjudicator.jsa}, used
 * by the launcher {@code target/adjudicator}): runs each command given (one argument each, words
 * split on spaces) in this one JVM, output discarded, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit} archives every class they load. Writes what the launcher checks
 * before using the archive to the file {@code -Dadjudicator.cds.stamp} names: the real path of the
 * java that made it, and the class path it was made with (the JVM refuses an archive whose class
 * path is named otherwise, even through a symlink).
 * Exits 1 if a command failed (2 or 3), so that the build leaves the archive out.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] commands) throws Exception {
        System.setProperty("org.jboss.logging.provider", System.getProperty("org.jboss.logging.provider", "slf4j"));
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        boolean failed = false;
        try (WeldContainer container = Main.boot()) {
            for (String command : commands) {
                String[] args = command.strip().split("\\s+");
                int code = Main.commandLine(container, discard, discard, args).execute(args);
                if (code > 1) {
                    System.err.println("training command failed (exit " + code + "): " + command);
                    failed = true;
                }
            }
        }
        String stamp = System.getProperty("adjudicator.cds.stamp");
        if (stamp != null) {
            Files.writeString(Path.of(stamp), Path.of(System.getProperty("java.home"), "bin", "java").toRealPath() + "\n"
                    + System.getProperty("java.class.path") + "\n", StandardCharsets.UTF_8);
        }
        System.exit(failed ? 1 : 0);
    }
}
