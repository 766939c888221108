package org.adjudicator.cli;

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
}
