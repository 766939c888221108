package org.adjudicator.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.adjudicator.UserError;

/**
 * A regulation set and the sets it builds on, root first: each a folder, its manifest (or none)
 * and its DRL files in name order. A missing base and a cycle of bases are errors in the manifest
 * that names them.
 */
record SetChain(List<Link> links) {

    /** One set of the chain. */
    record Link(String name, Path folder, SetManifest manifest, List<Path> files) {
        /** Every file whose content makes the set: its DRL files, and its manifest. */
        List<Path> inputs() {
            List<Path> inputs = new ArrayList<>(files);
            if (manifest != null) inputs.add(folder.resolve(SetManifest.FILE_NAME));
            return inputs;
        }
    }

    static SetChain of(Path folder) {
        List<Link> links = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        Path current = folder.toAbsolutePath().normalize();
        while (current != null) {
            if (seen.contains(current)) throw cycle(links, current);
            seen.add(current);
            SetManifest manifest = SetManifest.of(current);
            links.add(new Link(current.getFileName().toString(), current, manifest, drlFiles(current, manifest != null)));
            current = manifest == null || manifest.buildsOn() == null ? null : base(current, manifest);
        }
        Collections.reverse(links);
        return new SetChain(List.copyOf(links));
    }

    Link top() {
        return links.get(links.size() - 1);
    }

    boolean standalone() {
        return links.size() == 1 && top().manifest() == null;
    }

    /** Every file of every set of the chain, root first: what the compiled rules are made of. */
    List<Path> inputs() {
        return links.stream().flatMap(link -> link.inputs().stream()).toList();
    }

    /**
     * The base a manifest names: a path relative to the set's folder, or a name looked up as a
     * folder beside the set, then as {@code rules/NAME} in each folder above it, then in the
     * current folder (as a scenario's {@code rules:} is).
     */
    private static Path base(Path folder, SetManifest manifest) {
        String name = manifest.buildsOn();
        List<Path> candidates = new ArrayList<>();
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            candidates.add(folder.resolve(name));
        } else {
            candidates.add(folder.resolveSibling(name));
            for (Path dir = folder.getParent(); dir != null; dir = dir.getParent()) candidates.add(dir.resolve("rules").resolve(name));
            candidates.add(Path.of("").toAbsolutePath().resolve("rules").resolve(name));
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) return candidate.toAbsolutePath().normalize();
        }
        throw UserError.at(manifest.file(), manifest.placeOfBase(), candidates.size() > 1 ? "error.rules.baseNotFoundAbove" : "error.rules.baseNotFound",
                name, RulesLoader.shown(candidates.get(0)));
    }

    private static UserError cycle(List<Link> links, Path again) {
        StringBuilder path = new StringBuilder();
        for (Link link : links) path.append(link.name()).append(" -> ");
        path.append(again.getFileName());
        SetManifest last = links.get(links.size() - 1).manifest();
        return UserError.at(last.file(), last.placeOfBase(), "error.rules.circle", path);
    }

    private static List<Path> drlFiles(Path folder, boolean hasManifest) {
        if (!Files.isDirectory(folder)) throw UserError.at(RulesLoader.shown(folder), null, "error.rules.noFolder");
        if (folder.getFileName() == null) {
            // Searching the whole file system for rules would take minutes and find other sets' files.
            throw UserError.at(RulesLoader.shown(folder), null, "error.rules.rootNotRules");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            // A set built on another may hold no rule of its own (it only removes some).
            if (files.isEmpty() && !hasManifest) throw UserError.at(RulesLoader.shown(folder), null, "error.rules.noDrl");
            return files;
        } catch (IOException e) {
            throw UserError.at(RulesLoader.shown(folder), null, "error.rules.cannotReadFolder", e.getMessage());
        }
    }
}
