package org.adjudicator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Files for tests: copies of rules folders to edit, never the shipped ones. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Copies the files of a folder (not recursive) into a new folder, and returns it. */
    public static Path copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }
}
