package org.talksbot.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text carries a count ("100,417 refugees", "49 soldiers", "four villages", "44 million"),
 * which answers a "how many" question; years, days of a date, clock times and ordinals are not counts.
 */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d:])(\\d[\\d,.]*)(?![\\d:])(\\p{L}*)");
    private static final Set<String> WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen",
            "dozens");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[,.]+$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    private Numbers() {
    }

    /** "1994", "2023": four digits that read as a year of this story. */
    static boolean isYear(String digits) {
        return YEAR.matcher(digits).matches();
    }

    /** One or two digits, as a day of the month is written. */
    static boolean isDayOfMonth(String digits) {
        return DAY.matcher(digits).matches();
    }

    static boolean carryCount(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (isCount(text, m)) {
                return true;
            }
        }
        Matcher word = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (word.find()) {
            if (WORDS.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCount(String text, Matcher m) {
        String digits = TRAILING_STOPS.matcher(m.group(1)).replaceAll("");
        String suffix = m.group(2).toLowerCase(java.util.Locale.ROOT);
        if (List.of("st", "nd", "rd", "th").contains(suffix)) {
            return false;
        }
        if (isYear(digits)) {
            return false;
        }
        if (isDayOfMonth(digits)) {
            int n = Integer.parseInt(digits);
            String around = neighbours(text, m.start(), m.end());
            return n > 31 || QuestionWords.MONTHS.stream().noneMatch(around::contains);
        }
        return true;
    }

    /** The word before and the word after, lower case. */
    private static String neighbours(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return (before + " " + after).toLowerCase(java.util.Locale.ROOT);
    }
}
