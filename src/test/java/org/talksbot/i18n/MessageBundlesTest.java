package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three bundles hold the same keys, every key is used by the code, and every pattern formats in its language. */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9_]+)+)\"");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9_]+\\.(png|jpg|yaml|yml|properties|sql|json|txt|md|csv)");

    @Test
    void everyBundleHasExactlyTheEnglishKeys() {
        Set<String> english = Messages.of(Language.EN).keys();
        for (Language language : Language.values()) {
            Set<String> keys = Messages.of(language).keys();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertTrue(missing.isEmpty(), "messages_" + language.code() + " lacks " + missing);
            assertTrue(extra.isEmpty(), "messages_" + language.code() + " has keys English lacks " + extra);
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundlesAndEveryBundleKeyIsNamedByTheCode() {
        Set<String> keys = Messages.of(Language.EN).keys();
        Set<String> sections = new TreeSet<>();
        keys.forEach(key -> sections.add(key.substring(0, key.indexOf('.'))));
        Set<String> named = keysNamedInCode(sections);
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(keys);
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(named);
        assertTrue(unknown.isEmpty(), "the code names keys no bundle has: " + unknown);
        assertTrue(unused.isEmpty(), "bundle keys no code names (keys are written whole, never assembled): " + unused);
    }

    @Test
    void everyPatternFormatsInItsLanguageWithArgumentsOfTheKindsTheCodeMustPass() {
        List<String> failures = new ArrayList<>();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String key : new TreeSet<>(messages.keys())) {
                if (key.startsWith("date.")) {
                    continue;
                }
                for (Object[] sample : samples(Contracts.of(key))) {
                    try {
                        String text = messages.get(key, sample);
                        if (text.contains("{") && !messages.pattern(key).contains("'{'")) {
                            failures.add(language.code() + " " + key + ": an argument was left unformatted: " + text);
                        }
                    } catch (RuntimeException e) {
                        failures.add(language.code() + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    @Test
    void aTranslationUsesOnlyArgumentsTheEnglishPatternHas() {
        List<String> failures = new ArrayList<>();
        Messages english = Messages.of(Language.EN);
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String key : english.keys()) {
                if (!messages.has(key) || key.startsWith("date.")) {
                    continue;
                }
                Set<String> extra = new TreeSet<>(ArgumentNames.of(messages.pattern(key)));
                extra.removeAll(ArgumentNames.of(english.pattern(key)));
                if (!extra.isEmpty()) {
                    failures.add(language.code() + " " + key + " uses " + extra + ", which English does not");
                }
                new MessageFormat(messages.pattern(key), language.locale());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void russianAndArmenianPatternsAreWrittenInTheirOwnScript() {
        List<String> untranslated = new ArrayList<>();
        for (Language language : List.of(Language.RU, Language.HY)) {
            Character.UnicodeScript script = language == Language.RU ? Character.UnicodeScript.CYRILLIC
                    : Character.UnicodeScript.ARMENIAN;
            Messages messages = Messages.of(language);
            for (String key : new TreeSet<>(messages.keys())) {
                if (key.startsWith("date.")) {
                    continue;
                }
                String words = wordsOf(messages.pattern(key));
                boolean hasLetters = words.codePoints().anyMatch(Character::isLetter);
                boolean ownScript = words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
                if (hasLetters && !ownScript) {
                    untranslated.add(language.code() + " " + key + "=" + messages.pattern(key));
                }
            }
        }
        assertEquals(List.of(), untranslated, "left in English (or another script)");
    }

    /** The pattern without what is never translated: arguments, HTML tags, /commands, date pattern letters. */
    private static String wordsOf(String pattern) {
        return pattern.replaceAll("'[^']*'", " ")
                .replaceAll("\\{[a-zA-Z]+(,[^{}]*)?}", " ")
                .replaceAll("(plural|select|selectordinal|one|few|many|other|=\\d+)\\s*\\{", "{")
                .replaceAll("\\{[a-zA-Z]+,", "{")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("/[a-z_]+", " ")
                .replaceAll("\\b[A-Z]{2,}\\b", " ");
    }

    /** Numbers that reach every plural form of the three languages (1, 2, 5, 21, 0, 1.5); text for text. */
    private static List<Object[]> samples(Map<String, ArgumentNames.Kind> kinds) {
        List<Object[]> samples = new ArrayList<>();
        for (Number number : List.of(0, 1, 2, 5, 21, 1000, 1.5)) {
            Map<String, Object> args = new HashMap<>();
            kinds.forEach((name, kind) -> args.put(name, kind == ArgumentNames.Kind.NUMERIC ? number : "‹" + name + "›"));
            List<Object> pairs = new ArrayList<>();
            args.forEach((name, value) -> {
                pairs.add(name);
                pairs.add(value);
            });
            samples.add(pairs.toArray());
        }
        return samples;
    }

    private static Set<String> keysNamedInCode(Set<String> sections) {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    // a file name such as "chart.png" (telegram's photo upload) is not a key of the chart section
                    if (sections.contains(literal.substring(0, literal.indexOf('.'))) && !FILE_NAME.matcher(literal).matches()) {
                        named.add(literal);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }
}
