package org.adjudicator.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.adjudicator.UserError;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages kept on disk, so that a fresh JVM need not compile the DRL again. The key
 * is a digest of the rules folder's path, every file's name and content, and the tool's own jar:
 * any edit of a rule, another folder, or another build gives another key. A cache file that cannot
 * be read is ignored (the rules are compiled); a failure to write one is ignored too.
 * Each entry starts with its key, checked on load: an entry of other rules put in its place is not
 * used (the rules are compiled and the entry written again).
 * {@code -Dadjudicator.cache=DIR} moves it, {@code -Dadjudicator.cache=off} turns it off.
 */
final class PackageCache {
    private final Path dir;

    private PackageCache(Path dir) {
        this.dir = dir;
    }

    static PackageCache fromSystem() {
        String setting = System.getProperty("adjudicator.cache");
        if (setting != null && setting.isBlank()) {
            throw UserError.at(null, "-Dadjudicator.cache", "error.cache.empty");
        }
        if ("off".equals(setting)) return new PackageCache(null);
        if (setting != null) return new PackageCache(Path.of(setting));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new PackageCache(base.resolve("adjudicator"));
    }

    /** What makes compiled packages reusable: the tool's jar (or classes folder) as built. */
    static String buildIdentity() {
        try {
            Path code = Path.of(PackageCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "|" + Files.getLastModifiedTime(code).toMillis() + "|" + (Files.isRegularFile(code) ? Files.size(code) : 0)
                    + "|drools-10.2.0";
        } catch (Exception e) {
            return "unknown-build";
        }
    }

    /** A cached entry: the compiled rules, and what the loader kept beside them (or null). */
    record Entry(KieBase kieBase, Object extra) {
    }

    Entry load(String key) {
        if (dir == null) return null;
        Path file = dir.resolve(key + ".packages");
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, PackageCache.class.getClassLoader())) {
            // An entry made from other rules (copied or renamed over this one) is not these rules: compile them.
            if (!key.equals(objects.readObject())) return null;
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            Object extra = objects.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return new Entry(base, extra);
        } catch (Exception | LinkageError e) {
            return null; // stale or damaged: compile instead
        }
    }

    void store(String key, Collection<KiePackage> packages, Object extra) {
        if (dir == null) return;
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp));
                 DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(key); // what the entry was compiled from, checked on load
                objects.writeObject(new ArrayList<>(packages));
                objects.writeObject(extra);
            }
            Files.move(temp, dir.resolve(key + ".packages"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception | LinkageError e) {
            // A cache that cannot be written only costs the next run a compilation.
        } finally {
            deleteQuietly(temp); // gone after the move; after a failure (a full disk), no partial file is left
        }
    }

    /** Whether the rules of this key passed the structure check in an earlier run. */
    boolean passedCheck(String key) {
        if (dir == null) return false;
        try {
            return key.equals(Files.readString(dir.resolve(key + ".checked")));
        } catch (IOException | RuntimeException e) {
            return false; // no mark, or one that cannot be read: check again
        }
    }

    /** Marks the rules of this key as having passed the structure check; a failure only costs the next run a check. */
    void markPassedCheck(String key) {
        if (dir == null) return;
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(temp, key);
            Files.move(temp, dir.resolve(key + ".checked"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the next run checks the structure again
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException ignored) {
            // nothing more can be done; the next store writes a new temporary file
        }
    }


}
