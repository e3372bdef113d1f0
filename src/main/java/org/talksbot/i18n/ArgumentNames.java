package org.talksbot.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The named arguments of an ICU pattern, at any depth (inside plural and select branches too), and their kinds. */
final class ArgumentNames {

    private ArgumentNames() {
    }

    static Set<String> of(String pattern) {
        return kinds(pattern).keySet();
    }

    /** Each argument's kind: NUMERIC when any use of it needs a number (plural, number), else TEXT. */
    static Map<String, Kind> kinds(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, Kind> kinds = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.Part name = parsed.getPart(i + 1);
            if (name.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                throw new IllegalArgumentException("numbered argument in '" + pattern + "': name it");
            }
            String argument = parsed.getSubstring(name);
            boolean numeric = switch (part.getArgType()) {
                case PLURAL, SELECTORDINAL -> true;
                case SIMPLE -> parsed.getPart(i + 2).getType() == MessagePattern.Part.Type.ARG_TYPE
                        && parsed.getSubstring(parsed.getPart(i + 2)).equals("number");
                default -> false;
            };
            kinds.merge(argument, numeric ? Kind.NUMERIC : Kind.TEXT, (a, b) -> a == Kind.NUMERIC ? a : b);
        }
        return kinds;
    }

    enum Kind { NUMERIC, TEXT }
}
