package org.adjudicator.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.adjudicator.UserError;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads a scenario file (JSON or YAML) into a checked {@link Tournament}. Every problem becomes a
 * {@link UserError} naming the file, the line (and column where the parser knows it) and the field.
 */
@Singleton
public class ScenarioReader {
    private final ObjectMapper json = configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    /** The largest scenario file read: 16 MB (about 150,000 matches written one per line). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final ObjectMapper yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(yamlLimits()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private static org.yaml.snakeyaml.LoaderOptions yamlLimits() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(50);   // an alias bomb stops here
        options.setAllowDuplicateKeys(false);
        return options;
    }

    public Tournament read(Path file) {
        return read(file, false);
    }

    /** Reads a fixture as written, a team in two matches of one round included (for `check-fixtures`). */
    public Tournament readFixtureAsWritten(Path file) {
        return read(file, true);
    }

    private Tournament read(Path file, boolean fixtureAsWritten) {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw UserError.at(shown, null, "error.scenario.fileTooLarge", Files.size(file) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserError.at(shown, null, "error.scenario.noSuchFile");
        } catch (IOException e) {
            throw UserError.at(shown, null, "error.scenario.cannotRead", e.getMessage());
        }
        String text = decode(shown, bytes);
        return check(file, shown, text, isJson(file, text) ? json : yaml, fixtureAsWritten);
    }

    /**
     * Checks a scenario's text as if it were the file {@code file}: a file the tool is about to
     * write is read back first (its rules looked up from its folder), so that the tool never writes
     * a scenario it would refuse.
     */
    public Tournament read(Path file, String written) {
        String text = TeamNames.normal(written);
        return check(file, file.toString(), text, isJson(file, text) ? json : yaml, false);
    }

    /**
     * Reads a scenario given as YAML text (an edited copy of {@code file}, for the officials'
     * workspace), checked exactly as a file is; its rules are looked up from {@code file}'s folder
     * and its errors name {@code shown}.
     */
    public Tournament readText(Path file, String shown, String yamlText) {
        if (yamlText.length() > MAX_BYTES) throw UserError.at(shown, null, "error.scenario.textTooLarge", MAX_BYTES / (1024 * 1024));
        return check(file, shown, TeamNames.normal(yamlText), yaml, false);
    }

    /**
     * The one way from a scenario's text to a checked tournament, whatever it came from (a file, a
     * file about to be written, an edit on the workspace): parsed, refused when empty, then checked
     * with {@code file}'s folder for its rules and {@code shown} in its errors.
     */
    private Tournament check(Path file, String shown, String text, ObjectMapper mapper, boolean fixtureAsWritten) {
        ScenarioFile parsed = text.isBlank() ? null : parse(shown, text, mapper);
        if (parsed == null) throw UserError.at(shown, "1", "error.scenario.empty");
        return new ScenarioChecker(shown, file, fixtureAsWritten).check(parsed);
    }

    /** A score as a scenario's {@code score:} is checked ("2-1"; no negative or absurd scores), for a score typed elsewhere. */
    public static int[] score(String text, String field) {
        return new ScenarioChecker(null, null, false).score(text, 0, field);
    }

    private static boolean isJson(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return false;
        return text.stripLeading().startsWith("{");
    }

    private static String decode(String shown, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw UserError.at(shown, String.valueOf(line), "error.file.notUtf8", in.position() + 1);
        }
        String text = out.flip().toString();
        return TeamNames.normal(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static ScenarioFile parse(String shown, String text, ObjectMapper mapper) {
        if (mapper instanceof YAMLMapper) {
            refuseLongRuns(shown, text);
            refuseAnchorsAndAliases(shown, text);
        }
        try {
            return mapper.readValue(text, ScenarioFile.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            throw UserError.at(shown, place(e.getLocation(), e), "error.scenario.unknownField", e.getPropertyName(),
                    Suggest.phrase(e.getPropertyName(), known), String.join(", ", known));
        } catch (InvalidFormatException e) {
            throw UserError.at(shown, place(e.getLocation(), e), "error.scenario.wrongType", e.getValue(), describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String value = valueAt(e);
            throw value == null ? UserError.at(shown, place(e.getLocation(), e), "error.scenario.expectedType", describe(e.getTargetType()))
                    : UserError.at(shown, place(e.getLocation(), e), "error.scenario.wrongType", value, describe(e.getTargetType()));
        } catch (JsonProcessingException e) {
            UserError number = numberProblem(shown, e);
            if (number != null) throw number;
            UserError syntax = yamlSyntaxProblem(shown, e);
            if (syntax != null) throw syntax;
            throw UserError.at(shown, place(e.getLocation(), null), "error.scenario.notValid", format(mapper), firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // The YAML parser reports some limits (aliases, sizes) as runtime exceptions.
            throw UserError.at(shown, null, "error.scenario.notValid", format(mapper), firstLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * A YAML syntax error said where the parser found the problem and why (a tab: 8:1, "a tab
     * character ..."), rather than where the token it was reading began (7:16, "while scanning for
     * the next token"); where the problem is the end of the file (an unclosed quote), the place the
     * unfinished token began says more. Null for anything else.
     */
    private static UserError yamlSyntaxProblem(String shown, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof MarkedYAMLException yaml) || yaml.getProblemMark() == null || yaml.getProblem() == null) continue;
            Mark at = yaml.getProblemMark();
            boolean atEnd = yaml.getProblem().contains("end of stream") && yaml.getContextMark() != null;
            if (atEnd) at = yaml.getContextMark();
            Object problem = yaml.getProblem().contains("(TAB)") ? UserError.Phrase.of("error.scenario.tab")
                    : (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem().strip();
            return UserError.at(shown, (at.getLine() + 1) + ":" + (at.getColumn() + 1), "error.scenario.notValid", "YAML", problem);
        }
        return null;
    }

    /**
     * A number the reader cannot hold (out of range of a whole number, YAML's .nan or .inf), said
     * with the value, the field and what is expected; null for any other problem.
     */
    private static UserError numberProblem(String shown, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof JsonProcessingException problem) || !(problem.getProcessor() instanceof JsonParser parser)) continue;
            String message = String.valueOf(problem.getOriginalMessage());
            boolean range = t instanceof InputCoercionException;
            if (!range && !message.startsWith("Malformed numeric value")) continue;
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("value (?:'(.*?)'|\\((.*?)\\))").matcher(message);
            Object value = !quoted.find() ? UserError.Phrase.of("error.scenario.theNumber") : quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            JsonLocation at = parser.currentTokenLocation();
            String field = field(parser.getParsingContext());
            String place = (at != null && at.getLineNr() > 0 ? at.getLineNr() + (field.isEmpty() ? "" : ": ") : "") + field;
            return range ? UserError.at(shown, place, "error.scenario.outOfRange", value, Integer.MIN_VALUE, Integer.MAX_VALUE)
                    : UserError.at(shown, place, "error.scenario.notANumber", value);
        }
        return null;
    }

    /** "matches[0].round" from where the parser stands. */
    private static String field(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) path.insert(0, "." + c.getCurrentName());
        }
        return path.toString().replaceFirst("^\\.", "");
    }

    /** The longest run of characters without a space or line break that a YAML scenario may hold. */
    static final int MAX_RUN = 10_000;

    /**
     * The YAML parser takes time that grows with the square of a run of characters without a
     * space (a 15 MB team name took 47 s): such a run, far longer than any name or text may be, is
     * refused before parsing.
     */
    private static void refuseLongRuns(String shown, String text) {
        int line = 1;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run > MAX_RUN) {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
                throw UserError.at(shown, String.valueOf(line), "error.scenario.longRun", String.format(Locale.ROOT, "%,d", end - i + MAX_RUN),
                        TextFields.MAX_NAME, String.format(Locale.ROOT, "%,d", TextFields.MAX_TEXT));
            }
        }
    }

    /**
     * YAML anchors and aliases are refused, each with its line: an alias read as the text of its
     * name ({@code home: *b} as team "b") or shared between fields would say something other than
     * what is written, and no scenario needs one.
     */
    private static void refuseAnchorsAndAliases(String shown, String text) {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) return;
        try {
            for (Event event : new Yaml(yamlLimits()).parse(new StringReader(text))) {
                String anchor = event instanceof NodeEvent node ? node.getAnchor() : null;
                if (anchor == null) continue;
                Mark at = event.getStartMark();
                throw UserError.at(shown, (at.getLine() + 1) + ":" + (at.getColumn() + 1),
                        event instanceof AliasEvent ? "error.scenario.alias" : "error.scenario.anchor", anchor);
            }
        } catch (YAMLException e) {
            // Not valid YAML: the reader below says where and why.
        }
    }

    /** The scalar the parser stood on when a value had the wrong type, or null. */
    private static String valueAt(MismatchedInputException e) {
        try {
            if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() != null
                    && parser.currentToken().isScalarValue()) {
                return parser.getText();
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back on the message
        }
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("value \\(\"([^\"]*)\"\\)")
                .matcher(String.valueOf(e.getOriginalMessage()));
        return quoted.find() ? quoted.group(1) : null;
    }

    private static String format(ObjectMapper mapper) {
        return mapper instanceof YAMLMapper ? "YAML" : "JSON";
    }

    private static UserError.Phrase describe(Class<?> type) {
        if (type == null) return UserError.Phrase.of("error.type.other");
        if (type == Integer.class || type == int.class) return UserError.Phrase.of("error.type.wholeNumber");
        if (type == String.class) return UserError.Phrase.of("error.type.text");
        if (List.class.isAssignableFrom(type)) return UserError.Phrase.of("error.type.list");
        if (java.util.Map.class.isAssignableFrom(type)) return UserError.Phrase.of("error.type.map");
        return UserError.Phrase.of("error.type.entry", type.getSimpleName().replace("Entry", "").toLowerCase(Locale.ROOT));
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        String line = message.strip().lines().findFirst().orElse("unreadable");
        return line.replaceAll("\\s+at \\[Source.*$", "");
    }

    /** "line:column: field" from a parser location and a mapping path. */
    private static String place(JsonLocation location, JsonMappingException mapping) {
        StringBuilder place = new StringBuilder();
        if (location != null && location.getLineNr() > 0) {
            place.append(location.getLineNr());
            // The column helps for a syntax error; for a field the parser stands past it.
            if (mapping == null && location.getColumnNr() > 0) place.append(':').append(location.getColumnNr());
        }
        if (mapping != null && !mapping.getPath().isEmpty()) {
            if (place.length() > 0) place.append(": ");
            place.append(path(mapping.getPath()));
        }
        return place.toString();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static <M extends ObjectMapper> M configure(M mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT); // points: 1.5 is a mistake, not +1
        mapper.disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
        SimpleModule lines = new SimpleModule("lines");
        lines.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return Located.class.isAssignableFrom(bean.getBeanClass()) ? new LineRecorder(deserializer) : deserializer;
            }
        });
        mapper.registerModule(lines);
        return mapper;
    }

    /** Remembers the line each team and match starts on. */
    private static final class LineRecorder extends DelegatingDeserializer {
        LineRecorder(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new LineRecorder(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            int line = parser.currentTokenLocation().getLineNr();
            Object value = super.deserialize(parser, context);
            if (value instanceof Located located) located.at(line);
            return value;
        }
    }
}
