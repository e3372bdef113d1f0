package org.talksbot.curate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.PlaceEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.curate.CuratedEntries.TopicEntry;

/**
 * Reads curated YAML into entries. Each item is mapped on its own, so one misspelt key does not hide
 * the errors of the other items; structural errors go to {@link Problems}.
 */
final class CuratedYaml {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Adds the entries of {@code file} to {@code batch}; what cannot be read is reported instead. */
    void read(CuratedText file, CuratedBatch batch, Problems problems) {
        if (!RawText.check(file, problems)) {
            return;
        }
        int before = problems.size();
        YamlOutline outline = YamlOutline.of(file, problems);
        if (problems.size() > before) {
            return;
        }
        JsonNode root;
        try {
            root = mapper.readTree(file.text());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(file.label() + ": line " + line + ": YAML syntax error: " + oneLine(e.getOriginalMessage()));
            return;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            problems.add(file.label() + ": expected sections " + String.join(", ", CuratedEntries.SECTIONS)
                    + " at the top of the file");
            return;
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CuratedEntries.SECTIONS.contains(name)) {
                problems.add(file.label() + ": unknown section '" + name + "' (expected one of "
                        + String.join(", ", CuratedEntries.SECTIONS) + ")");
            }
        }
        section(file, outline, root, "people", "person", PersonEntry.class, batch.people(), problems);
        section(file, outline, root, "topics", "topic", TopicEntry.class, batch.topics(), problems);
        section(file, outline, root, "places", "place", PlaceEntry.class, batch.places(), problems);
        section(file, outline, root, "events", "event", EventEntry.class, batch.events(), problems);
        section(file, outline, root, "quotes", "quote", QuoteEntry.class, batch.quotes(), problems);
    }

    private <T> void section(CuratedText file, YamlOutline outline, JsonNode root, String section, String kind, Class<T> type,
                             List<Item<T>> into, Problems problems) {
        JsonNode items = root.get(section);
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            problems.add(file.label() + ": section '" + section + "': expected a list of items (lines starting with '- ')");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            ItemRef ref = new ItemRef(file.label(), kind, i + 1, idOf(node), outline.item(section, i),
                    outline.fields(section, i));
            if (!node.isObject()) {
                problems.item(ref, "expected a mapping of fields (key: value), got '" + oneLine(node.asText()) + "'");
                continue;
            }
            try {
                into.add(new Item<>(ref, mapper.treeToValue(node, type)));
            } catch (UnrecognizedPropertyException e) {
                problems.add(ref.atField(String.valueOf(e.getPath().get(0).getFieldName())) + ": " + unknownField(e));
            } catch (MismatchedInputException e) {
                problems.field(ref, fieldPath(e), "expected " + expected(e.getTargetType()));
            } catch (JsonProcessingException e) {
                problems.item(ref, oneLine(e.getOriginalMessage()));
            }
        }
    }

    private static String unknownField(UnrecognizedPropertyException e) {
        String known = allowed(e.getKnownPropertyIds());
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() > 1) {
            return "field '" + path.get(0).getFieldName() + "': unknown key '" + e.getPropertyName()
                    + "' (allowed: " + known + ")";
        }
        return "unknown field '" + e.getPropertyName() + "' (allowed: " + known + ")";
    }

    private static String allowed(Collection<Object> known) {
        return known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "#" + (r.getIndex() + 1))
                .collect(Collectors.joining(" "));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "a mapping of fields (key: value)";
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isValueNode() && !id.asText().isBlank() ? id.asText().strip() : null;
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        // SnakeYAML points at the spot with a caret under a copy of the line; on one line that is noise
        return text.strip().replaceAll("\\s+", " ").replace(" in 'reader',", ",").replace(" ^", "");
    }
}
