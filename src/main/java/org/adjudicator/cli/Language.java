package org.adjudicator.cli;

import java.util.Map;
import org.adjudicator.report.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --lang es|en}: declared once on {@link Main} and inherited by every command. Without it,
 * the environment's locale decides ({@code LANG=es_PE.UTF-8} gives Spanish; see
 * {@link Messages#fromEnvironment}); English otherwise. Only the texts change with the language:
 * JSON keys, exit codes and file formats never do.
 */
final class Language {
    /** The values {@code --lang} takes: picocli refuses any other with a one-line mistake. */
    enum Code { es, en }

    private Language() {
    }

    /** The language of the command being run: its {@code --lang}, else the environment's. */
    static Messages of(CommandSpec spec) {
        Object root = spec.root().userObject();
        if (root instanceof Main main && main.lang != null) return Messages.of(main.lang.name());
        return Messages.fromEnvironment(System.getenv());
    }

    /**
     * The language asked for before the arguments are parsed, for the usage help and picocli's own
     * mistakes (a run that fails to parse has no {@code --lang} value): {@code --lang es|en} among
     * the arguments (before a {@code --}), else the environment's. A value picocli would refuse
     * counts as none.
     */
    static Messages of(String[] args, Map<String, String> environment) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if ("es".equals(value) || "en".equals(value)) return Messages.of(value);
        }
        return Messages.fromEnvironment(environment);
    }
}
