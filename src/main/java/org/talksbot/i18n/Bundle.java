package org.talksbot.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One language's bundle file, read as UTF-8 with no fallback between languages: a missing translation
 * is a failing test (MessageBundlesTest), not a silent English sentence.
 */
final class Bundle {

    private Bundle() {
    }

    static Map<String, String> load(Language language) {
        String name = "messages_" + language.code() + ".properties";
        try (InputStream in = Bundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> patterns = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> patterns.put(key, properties.getProperty(key)));
            return Map.copyOf(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + name, e);
        }
    }
}
