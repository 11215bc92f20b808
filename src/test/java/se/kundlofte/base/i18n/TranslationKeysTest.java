package se.kundlofte.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.kundlofte.security.AppRoles;

/** Every text exists in Swedish and English, and every key the code uses exists. */
class TranslationKeysTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(\\.[a-zA-Z0-9_]+)+)\"");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> swedish = load("sv").stringPropertyNames();
        Set<String> english = load("en").stringPropertyNames();
        assertThat(new TreeSet<>(swedish)).isEqualTo(new TreeSet<>(english));
        assertThat(swedish).hasSizeGreaterThan(50);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String language : Set.of("sv", "en")) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames())
                    .as("empty texts in %s", language)
                    .noneMatch(key -> texts.getProperty(key).isBlank());
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    boolean systemProperty = Files.readString(file)
                            .substring(Math.max(0, matcher.start() - 12), matcher.start())
                            .contains("getProperty(");
                    boolean looksLikeKey = !systemProperty && prefixes.stream().anyMatch(literal::startsWith);
                    if (looksLikeKey && !keys.contains(literal) && !literal.endsWith(".")) {
                        missing.add(literal + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void rolesAndLanguagesHaveTheirTexts() throws IOException {
        Set<String> keys = load("sv").stringPropertyNames();
        for (String role : AppRoles.ALL) {
            assertThat(keys).contains(AppRoles.translationKey(role), "start.role." + role);
        }
        for (Locale locale : TranslationProvider.LOCALES) {
            assertThat(keys).contains("language." + locale.getLanguage());
        }
    }

    @Test
    void providerTranslatesAndFallsBackToEnglish() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("login.submit", Locale.of("sv", "SE")))
                .isEqualTo("Logga in");
        assertThat(provider.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Log in");
        assertThat(provider.getTranslation("layout.roles", Locale.ENGLISH, "Sales"))
                .isEqualTo("Roles: Sales");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
