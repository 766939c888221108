package org.adjudicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files the tool writes appear whole or not at all, and never over an input. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /**
     * Refuses, before any work is done, a target the tool must not replace: an input file, or
     * anything that is not a regular file (a device such as /dev/null or /dev/full, a FIFO, a
     * folder, a symbolic link), which moving a file into place would replace. Returns the target,
     * absolute.
     */
    public static Path checkTarget(Path target, Path... inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && input.toAbsolutePath().normalize().equals(absolute)) {
                throw UserError.at(target.toString(), "--out", "error.file.isInput");
            }
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.at(target.toString(), "--out", "error.file.notRegular");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw UserError.at(target.toString(), "--out", "error.file.noFolder");
        }
        return absolute;
    }

    /**
     * Writes the text to a temporary file beside the target, then moves it into place; a failure
     * leaves any previous file as it was.
     */
    public static void write(Path target, String text, Path... inputs) {
        write(target, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /** As {@link #write(Path, String, Path...)}, for bytes (a workbook). */
    public static void write(Path target, byte[] bytes, Path... inputs) {
        Path absolute = checkTarget(target, inputs);
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw UserError.at(target.toString(), "--out", "error.file.cannotWrite", e.getMessage());
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
