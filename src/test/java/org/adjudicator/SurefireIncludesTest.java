package org.adjudicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every test class under src/test/java is one that {@code mvn verify} runs: its compiled class
 * matches an include pattern of the Surefire configuration in pom.xml and no exclude pattern.
 *
 * <p>Surefire picks the classes to run by name alone, so a class of tests named otherwise is skipped
 * without a word (GeneralTableProperties was). A test class is found the way the JUnit
 * Platform finds one: a method carrying an annotation marked {@link Testable} ({@code @Test},
 * {@code @TestFactory}, {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestTemplate}, and
 * any other engine's, such as jqwik's {@code @Property}), in the class, a superclass or a
 * {@code @Nested} class inside it. The compiled classes are read, as Surefire reads them, but only those
 * whose source is under src/test/java, so that a stale class left in target/ by a rename is not counted.
 */
class SurefireIncludesTest {
    /** Surefire's includes when pom.xml names none. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

    static final Path SOURCES = Path.of("src/test/java");

    @Test
    void everyTestClassMatchesTheIncludePatternsOfPomXml() throws Exception {
        List<String> configured = surefirePatterns("includes", "include");
        List<String> includes = configured.isEmpty() ? DEFAULT_INCLUDES : configured;
        List<String> excludes = surefirePatterns("excludes", "exclude");

        List<String> testClasses = testClasses();
        List<String> skipped = testClasses.stream()
                .filter(c -> !matchesAny(c, includes) || matchesAny(c, excludes)).toList();

        assertThat(testClasses).as("test classes found in target/test-classes").contains("org/adjudicator/SurefireIncludesTest.class");
        assertThat(skipped).as("test classes that mvn verify would skip (includes " + includes + ", excludes " + excludes
                + "): rename them to end in Test, or change the includes in pom.xml").isEmpty();
    }

    @Test
    void patternsMatchAsSurefireMatchesThem() {
        assertThat(matches("Cli.class", "**/*Test.java")).isFalse();
        assertThat(matches("RootTest.class", "**/*Test.java")).as("**/ matches no folder too").isTrue();
        assertThat(matches("org/adjudicator/cli/PairTest.class", "**/*Test.java")).isTrue();
        assertThat(matches("org/adjudicator/properties/GeneralTableProperties.class", "**/*Test.java")).isFalse();
        assertThat(matches("org/adjudicator/TestFiles.class", "**/Test*.java")).isTrue();
        assertThat(matches("org/adjudicator/cli/PairTest.class", "%regex[.*Pair.*]")).isTrue();
    }

    /** The class files (paths relative to the classes folder) of the top-level classes that hold tests. */
    static List<String> testClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(SurefireIncludesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                if (relative.contains("$")) continue;
                String name = relative.substring(0, relative.length() - ".class".length());
                if (!Files.exists(SOURCES.resolve(name + ".java"))) continue;
                Class<?> type;
                try {
                    type = Class.forName(name.replace('/', '.'), false, SurefireIncludesTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name + ": " + e, e);
                }
                if (holdsTests(type)) found.add(relative);
            }
        }
        return found;
    }

    /** True when a concrete class, or a @Nested class inside it, has a method the JUnit Platform runs. */
    static boolean holdsTests(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) return false;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    if (a instanceof Testable || a.annotationType().isAnnotationPresent(Testable.class)) return true;
                }
            }
        }
        for (Class<?> inner : type.getDeclaredClasses()) {
            if (inner.isAnnotationPresent(Nested.class) && holdsTests(inner)) return true;
        }
        return false;
    }

    /** The patterns of the Surefire plugin's configuration in pom.xml, e.g. includes/include. */
    static List<String> surefirePatterns(String list, String item) throws Exception {
        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
        List<String> patterns = new ArrayList<>();
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"maven-surefire-plugin".equals(childText(plugin, "artifactId"))) continue;
            NodeList lists = plugin.getElementsByTagName(list);
            for (int j = 0; j < lists.getLength(); j++) {
                NodeList items = ((Element) lists.item(j)).getElementsByTagName(item);
                for (int k = 0; k < items.getLength(); k++) {
                    String pattern = items.item(k).getTextContent().trim();
                    assertThat(pattern).as("a Surefire pattern this test can read").doesNotContain("${");
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }

    static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e.getTextContent().trim();
        }
        return null;
    }

    static boolean matchesAny(String classFile, List<String> patterns) {
        return patterns.stream().anyMatch(p -> matches(classFile, p));
    }

    /**
     * Surefire's reading of a pattern against a class file: "%regex[...]" is a regular expression;
     * otherwise a path pattern whose .java stands for .class, "**&#47;" any folders (none too), "*" any
     * characters within a name, "?" one.
     */
    static boolean matches(String classFile, String pattern) {
        if (pattern.startsWith("%regex[") && pattern.endsWith("]")) {
            return Pattern.compile(pattern.substring("%regex[".length(), pattern.length() - 1)).matcher(classFile).matches();
        }
        String glob = pattern.endsWith(".java") ? pattern.substring(0, pattern.length() - ".java".length()) + ".class" : pattern;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return classFile.matches(regex.toString());
    }
}
