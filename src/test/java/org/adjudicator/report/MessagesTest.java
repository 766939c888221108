package org.adjudicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The two bundles hold the same keys, every template is well formed, and the language follows the environment. */
class MessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            assertThat(in).as("messages_" + language + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aKeyInOneLanguageIsInTheOther() throws IOException {
        TreeSet<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
        TreeSet<String> spanish = new TreeSet<>(bundle("es").stringPropertyNames());
        TreeSet<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        TreeSet<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertThat(onlyEnglish).as("keys in messages_en.properties and not in messages_es.properties").isEmpty();
        assertThat(onlySpanish).as("keys in messages_es.properties and not in messages_en.properties").isEmpty();
    }

    /** A template MessageFormat cannot read, or a lone apostrophe (which MessageFormat swallows), is a mistake. */
    @Test
    void everyTemplateIsWellFormed() throws IOException {
        for (String language : List.of("en", "es")) {
            Properties p = bundle(language);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern.replace("''", "")).as(language + " " + key + ": write an apostrophe as ''").doesNotContain("'");
                new MessageFormat(pattern, Locale.ROOT);
            }
        }
    }

    @Test
    void theEnvironmentChoosesTheLanguage() {
        assertThat(Messages.fromEnvironment(Map.of("LANG", "es_PE.UTF-8")).language()).isEqualTo("es");
        assertThat(Messages.fromEnvironment(Map.of("LANG", "en_GB.UTF-8", "LC_MESSAGES", "es_PE.UTF-8")).language()).isEqualTo("es");
        assertThat(Messages.fromEnvironment(Map.of("LANG", "es_PE.UTF-8", "LC_ALL", "C")).language()).isEqualTo("en");
        assertThat(Messages.fromEnvironment(Map.of("LANG", "es_PE.UTF-8", "LC_ALL", "")).language()).isEqualTo("es");
        assertThat(Messages.fromEnvironment(Map.of("LANG", "C.UTF-8")).language()).isEqualTo("en");
        // The launcher gave the JVM C.UTF-8 for a locale the machine lacks, and passed the language on.
        assertThat(Messages.fromEnvironment(Map.of("ADJUDICATOR_LANGUAGE", "es_PE.UTF-8", "LC_ALL", "C.UTF-8")).language()).isEqualTo("es");
        assertThat(Messages.fromEnvironment(Map.of()).language()).isEqualTo("en");
    }

    @Test
    void spanishAsAPeruvianOfficialWritesIt() {
        Messages es = Messages.SPANISH;
        assertThat(es.ordinal(1)).isEqualTo("1.º");
        assertThat(es.ordinal(22)).isEqualTo("22.º");
        assertThat(Messages.ENGLISH.ordinal(22)).isEqualTo("22nd");
        assertThat(es.and(List.of("Binacional", "Atlético Grau", "Cienciano"))).isEqualTo("Binacional, Atlético Grau y Cienciano");
        assertThat(es.and(List.of("Cienciano", "Inti Gas"))).isEqualTo("Cienciano e Inti Gas");
        assertThat(es.text("stage.waits", 1, "A v B")).isEqualTo("espera 1 partido: A v B");
        assertThat(es.text("stage.waits", 3, "...")).isEqualTo("espera 3 partidos: ...");
    }

    /** Whatever the JVM's default locale, numbers stay ASCII digits. */
    @Test
    void digitsStayAscii() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(Messages.SPANISH.text("stage.waits", 12, "x")).isEqualTo("espera 12 partidos: x");
            assertThat(Messages.SPANISH.text("zone.places", 26, 25, 50)).isEqualTo("26 equipos, puestos 25-50");
        } finally {
            Locale.setDefault(before);
        }
    }
}
