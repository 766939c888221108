package org.adjudicator.cli;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.report.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.IParamLabelRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The usage help ({@code --help}, {@code help COMMAND}) in the language of the run, by picocli's own
 * mechanism: a resource bundle, {@code help_LANG.properties}, whose keys picocli looks up for each
 * command ({@code adjudicator.run.usage.description}), option ({@code out}, or
 * {@code adjudicator.run.out} where commands say it differently), parameter ({@code SCENARIO[0]})
 * and heading ({@code usage.synopsisHeading}). The placeholders of the synopsis ({@code SCENARIO},
 * {@code FILE}), which picocli takes from the annotations as they are, are said again word by word
 * ({@code label.SCENARIO}) by a label renderer of our own.
 *
 * <p>English is what the annotations say, as picocli shows it without a bundle: an English run
 * loads nothing. {@code help_en.properties} mirrors the annotations (SpanishHelpTest keeps the two
 * equal), so that the Spanish has a key for every English text.
 */
final class HelpLanguage {
    /** A word of a placeholder: "SCENARIO", "TEAM_A", the "FIELD" of "HEADING=FIELD". */
    private static final Pattern LABEL_WORD = Pattern.compile("[\\p{Lu}_]{2,}");

    private HelpLanguage() {
    }

    /** The help bundle of a language, {@code help_en} or {@code help_es} (no fallback to the JVM's locale). */
    static ResourceBundle bundle(Messages language) {
        return ResourceBundle.getBundle("help", Locale.forLanguageTag(language.language()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Gives the command line and its subcommands the help texts of {@code language}: Spanish from
     * {@code help_es}; English as the annotations have it. Call it once every subcommand is added.
     * The bundle is read when a usage is first shown, not before: a run that shows none (most) does
     * not pay for it (tens of milliseconds of a cold start).
     */
    static void apply(CommandLine commandLine, Messages language) {
        if (!language.spanish()) return;
        commandLine.setHelpFactory((spec, colors) -> {
            ResourceBundle bundle = bundle(language);
            CommandLine root = spec.root().commandLine();
            if (root != null && root.getResourceBundle() != bundle) root.setResourceBundle(bundle);
            return new Translated(spec, colors, bundle);
        });
    }

    /** The placeholders of {@code text} in the bundle's words ("--out=FILE" to "--out=ARCHIVO"); a word it lacks as it is. */
    static String labels(ResourceBundle bundle, String text) {
        Matcher word = LABEL_WORD.matcher(text);
        StringBuilder said = new StringBuilder();
        while (word.find()) word.appendReplacement(said, Matcher.quoteReplacement(label(bundle, word.group())));
        return word.appendTail(said).toString();
    }

    private static String label(ResourceBundle bundle, String word) {
        try {
            return bundle.getString("label." + word);
        } catch (MissingResourceException e) {
            return word;
        }
    }

    /** picocli's help, with each placeholder in the bundle's language. */
    private static final class Translated extends Help {
        private final IParamLabelRenderer labels;

        Translated(CommandSpec spec, ColorScheme colors, ResourceBundle bundle) {
            super(spec, colors);
            IParamLabelRenderer english = super.parameterLabelRenderer();
            this.labels = new IParamLabelRenderer() {
                @Override
                public Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<IStyle> styles) {
                    Text rendered = english.renderParameterLabel(arg, ansi, styles);
                    String plain = rendered.plainString();
                    String said = labels(bundle, plain);
                    // Restyled whole: on a colour terminal the brackets take the placeholder's style too.
                    return said.equals(plain) ? rendered : colors.apply(said, styles);
                }

                @Override
                public String separator() {
                    return english.separator();
                }
            };
        }

        @Override
        public IParamLabelRenderer parameterLabelRenderer() {
            return labels;
        }
    }
}
