package org.adjudicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files the tool writes appear whole or not at all, and never over an input. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /**
     * Writes the text to a temporary file beside the target, then moves it into place; a failure
     * leaves any previous file as it was.
     */
    public static void write(Path target, String text, Path... inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && input.toAbsolutePath().normalize().equals(absolute)) {
                throw new UserError(target.toString(), "--out", "refusing to overwrite an input file; name a new file");
            }
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError(target.toString(), "--out", "the folder does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError(target.toString(), "--out", "cannot write the file: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is gone or unreachable; the target is untouched either way
                }
            }
        }
    }
}
