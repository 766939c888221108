package org.adjudicator.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.ControlCharacters;
import org.adjudicator.report.Messages;
import org.adjudicator.scenario.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command-line mistake as one line: what is wrong, a "did you mean" for a misspelt command, and
 * where to read more ({@code see 'adjudicator rank --help'}). In English, picocli's own sentence;
 * in Spanish, the same mistake said from the exception's parts (the arguments, the option, the
 * value) by a template of the messages bundle ({@code mistake.*}), since picocli has its sentences
 * in English only. A mistake no template covers is said in Spanish with picocli's detail after it.
 */
final class Mistakes {
    private static final Pattern MISSING_COMMAND = Pattern.compile("Missing a command: .*");
    /** {@code help rnak}: picocli's help command names a command it does not know. */
    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.");
    private static final Pattern EMPTY_OPTION = Pattern.compile("option (\\S+) is given an empty value");
    private static final Pattern EMPTY_PARAMETER = Pattern.compile("(\\S+) is given an empty value");
    private static final Pattern FOUND_INSTEAD = Pattern.compile(".*Expected parameter .*for option '([^']*)'.* but found '(.*)'");
    private static final Pattern ONE_OF = Pattern.compile(".*: expected one of \\[(.*)] \\(case-(?:in)?sensitive\\) but was '(.*)'");
    private static final Pattern NOT_A_NUMBER = Pattern.compile(".*: '(.*)' is not an? (int|long|short|byte|double|float)");

    private Mistakes() {
    }

    /** The line to print for {@code e}, in {@code language}, control characters escaped. */
    static String line(ParameterException e, Messages language) {
        CommandLine wrong = e.getCommandLine();
        String what = language.spanish() ? capitalized(spanish(e, language, HelpLanguage.bundle(language))) : e.getMessage();
        String misspelt = null;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !wrong.getSubcommands().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            misspelt = unmatched.getUnmatched().get(0);
        }
        Matcher help = UNKNOWN_SUBCOMMAND.matcher(String.valueOf(e.getMessage()));
        if (help.matches()) misspelt = help.group(1);
        String closest = misspelt == null ? null : closest(misspelt, wrong);
        String suggestion = closest == null ? "" : language.text("mistake.didYouMean", closest);
        // picocli ends its sentence with a full stop; the suggestion goes on the same sentence.
        if (!suggestion.isEmpty() && what.endsWith(".")) what = what.substring(0, what.length() - 1);
        return ControlCharacters.escape(language.text("mistake.line", what, suggestion, wrong.getCommandSpec().qualifiedName()));
    }

    /** The command nearest a misspelt one ("rnak": "rank"), as {@link Suggest} finds it, or null. */
    private static String closest(String misspelt, CommandLine wrong) {
        String suggestion = Suggest.didYouMean(misspelt, wrong.getSubcommands().keySet());
        int open = suggestion.indexOf('"');
        int close = suggestion.lastIndexOf('"');
        return open < 0 || close <= open ? null : suggestion.substring(open + 1, close);
    }

    private static String spanish(ParameterException e, Messages es, ResourceBundle help) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        CommandLine wrong = e.getCommandLine();
        Matcher m;
        if (MISSING_COMMAND.matcher(message).matches()) {
            List<String> commands = new ArrayList<>(wrong.getSubcommands().keySet());
            commands.remove("help");
            return es.text("mistake.missingCommand", String.join(", ", commands.subList(0, commands.size() - 1)),
                    commands.get(commands.size() - 1));
        }
        if ((m = UNKNOWN_SUBCOMMAND.matcher(message)).matches()) return es.text("mistake.unknownCommand", "'" + m.group(1) + "'");
        if ((m = EMPTY_OPTION.matcher(message)).matches()) return es.text("mistake.emptyOption", m.group(1));
        if ((m = EMPTY_PARAMETER.matcher(message)).matches()) return es.text("mistake.emptyParameter", HelpLanguage.labels(help, m.group(1)));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            if ((m = FOUND_INSTEAD.matcher(message)).matches()) {
                return es.text("mistake.unknownOptionForValue", m.group(1), m.group(2));
            }
            List<String> words = unmatched.getUnmatched();
            String quoted = quoted(words);
            if (message.startsWith("Unknown option")) return es.text("mistake.unknownOptions", words.size(), quoted);
            if (!wrong.getSubcommands().isEmpty() && !words.isEmpty() && !words.get(0).startsWith("-")) {
                return es.text("mistake.unknownCommand", "'" + words.get(0) + "'");
            }
            return es.text("mistake.unmatched", words.size(), quoted);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            if ((m = FOUND_INSTEAD.matcher(message)).matches() && missing.getMissing().size() == 1) {
                return es.text("mistake.valueExpected", argument(missing.getMissing().get(0), es, help), m.group(2));
            }
            if (message.startsWith("Missing required parameter for ") && missing.getMissing().size() == 1) {
                return es.text("mistake.valueMissing", argument(missing.getMissing().get(0), es, help));
            }
            List<String> names = missing.getMissing().stream().map(arg -> named(arg, help)).toList();
            boolean options = missing.getMissing().stream().allMatch(ArgSpec::isOption);
            boolean parameters = missing.getMissing().stream().noneMatch(ArgSpec::isOption);
            String key = options ? "mistake.missingOptions" : parameters ? "mistake.missingParameters" : "mistake.missingArguments";
            return es.text(key, names.size(), String.join(", ", names));
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() != null) {
            return es.text("mistake.onlyOnce", argument(twice.getOverwritten(), es, help));
        }
        if (message.startsWith("Invalid value for ") && e.getArgSpec() != null) {
            String argument = argument(e.getArgSpec(), es, help);
            if ((m = ONE_OF.matcher(message)).matches()) return es.text("mistake.notOneOf", argument, m.group(2), m.group(1));
            if ((m = NOT_A_NUMBER.matcher(message)).matches()) {
                boolean whole = !m.group(2).equals("double") && !m.group(2).equals("float");
                return es.text(whole ? "mistake.notAWholeNumber" : "mistake.notANumber", argument, m.group(1));
            }
            return es.text("mistake.invalidValue", argument, e.getValue() == null ? "" : e.getValue());
        }
        return es.text("mistake.other", message);
    }

    /** "la opción '--format'" or "el parámetro ESCENARIO", as a mistake names what it is about. */
    private static String argument(ArgSpec arg, Messages es, ResourceBundle help) {
        if (arg instanceof OptionSpec option) return es.text("mistake.option", option.longestName());
        return es.text("mistake.parameter", HelpLanguage.labels(help, arg.paramLabel()));
    }

    /** As the synopsis writes it: '--out=ARCHIVO', 'ESCENARIO'. */
    private static String named(ArgSpec arg, ResourceBundle help) {
        String label = HelpLanguage.labels(help, arg.paramLabel());
        if (arg instanceof OptionSpec option) return "'" + option.longestName() + (arg.arity().max > 0 ? "=" + label : "") + "'";
        return "'" + label + "'";
    }

    /** A sentence that starts with what it is about ("la opción '--rules' necesita un valor") starts with a capital. */
    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
    }
}
