package org.talksbot.curate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Where each item and each of its fields starts in a curated file, read in one streaming pass, and the YAML
 * anchors and aliases it holds, which curated text does not use: an alias would be read as its anchor's name,
 * silently, and a value copied by reference hides what an item says.
 */
final class YamlOutline {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Map<String, String> KINDS = Map.of("people", "person", "topics", "topic", "places", "place",
            "events", "event", "quotes", "quote");

    private final Map<String, Integer> items = new HashMap<>();
    private final Map<String, Map<String, Integer>> fields = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    private YamlOutline() {
    }

    /** The outline of {@code file}; anchors and aliases go to {@code problems}. Syntax errors are left to the reader. */
    static YamlOutline of(CuratedText file, Problems problems) {
        YamlOutline outline = new YamlOutline();
        try (JsonParser parser = FACTORY.createParser(file.text())) {
            YAMLParser yaml = (YAMLParser) parser;
            for (JsonToken token = yaml.nextToken(); token != null; token = yaml.nextToken()) {
                outline.note(yaml, token);
            }
        } catch (IOException | RuntimeException e) {
            // the full read reports the syntax error with its line
        }
        outline.anchorsAndAliases(file, problems);
        return outline;
    }

    private void note(YAMLParser yaml, JsonToken token) throws IOException {
        int line = yaml.currentTokenLocation().getLineNr();
        JsonStreamContext context = yaml.getParsingContext();
        if (token == JsonToken.START_OBJECT && isItem(context)) {
            items.putIfAbsent(key(context.getParent()), line);
        } else if (token == JsonToken.FIELD_NAME && isItem(context)) {
            fields.computeIfAbsent(key(context.getParent()), k -> new TreeMap<>())
                    .putIfAbsent(context.getCurrentName(), line);
        } else if (token.isScalarValue() && isItem(context) && "id".equals(context.getCurrentName())) {
            ids.putIfAbsent(key(context.getParent()), yaml.getText());
        }
    }

    /**
     * Jackson does not tell of an anchor on a plain value, so SnakeYAML's events (the parser under it) are read
     * for anchors and aliases; each is placed in its item and field by line.
     */
    private void anchorsAndAliases(CuratedText file, Problems problems) {
        try {
            for (Event event : new Yaml().parse(new StringReader(file.text()))) {
                int line = event.getStartMark().getLine() + 1;
                if (event instanceof AliasEvent alias) {
                    problems.add(file.label() + ": line " + line + ": " + at(line) + "YAML alias '*" + alias.getAnchor()
                            + "' is not allowed: curated text is plain, write the value out in full");
                } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    problems.add(file.label() + ": line " + line + ": " + at(line) + "YAML anchor '&" + node.getAnchor()
                            + "' is not allowed: curated text is plain, remove it");
                }
            }
        } catch (RuntimeException e) {
            // the full read reports the syntax error with its line
        }
    }

    /** "event ID: field 'title': " for the item and field a line falls in ("" outside any item). */
    private String at(int line) {
        String item = null;
        for (Map.Entry<String, Integer> entry : items.entrySet()) {
            if (entry.getValue() <= line && (item == null || entry.getValue() > items.get(item))) {
                item = entry.getKey();
            }
        }
        if (item == null) {
            return "";
        }
        String field = null;
        Map<String, Integer> itemFields = fields.getOrDefault(item, Map.of());
        for (Map.Entry<String, Integer> entry : itemFields.entrySet()) {
            if (entry.getValue() <= line && (field == null || entry.getValue() >= itemFields.get(field))) {
                field = entry.getKey();
            }
        }
        String section = item.substring(0, item.indexOf('#'));
        String id = ids.getOrDefault(item, "#" + (Integer.parseInt(item.substring(item.indexOf('#') + 1)) + 1) + " (no id)");
        return KINDS.getOrDefault(section, "item") + " " + id + ": " + (field == null ? "" : "field '" + field + "': ");
    }

    /** An item is an object inside a section's list: root object > section array > item object. */
    private static boolean isItem(JsonStreamContext context) {
        JsonStreamContext list = context.getParent();
        return context.inObject() && list != null && list.inArray() && list.getParent() != null
                && list.getParent().inObject() && list.getParent().getParent() != null
                && list.getParent().getParent().inRoot();
    }

    private static String key(JsonStreamContext list) {
        return list.getParent().getCurrentName() + "#" + list.getCurrentIndex();
    }

    /** The line where item {@code index} (0-based) of {@code section} starts, or 0. */
    int item(String section, int index) {
        return items.getOrDefault(section + "#" + index, 0);
    }

    /** The line of each field of that item. */
    Map<String, Integer> fields(String section, int index) {
        return fields.getOrDefault(section + "#" + index, Map.of());
    }
}
