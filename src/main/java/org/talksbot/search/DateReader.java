package org.talksbot.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the dates in a question's words: years, months, days ("18 February 2023", "2023-02-18"),
 * "last year", "this month", "since 2023", "before 2022" and ranges of two years; marks the words it used.
 */
final class DateReader {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final Clock clock;

    DateReader(Clock clock) {
        this.clock = clock;
    }

    /** The period the words name, or null; every word that was part of a date is set in {@code used}. */
    Question.Period read(List<String> words, BitSet used) {
        List<Question.Period> found = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (word.equals("yesterday")) {
                LocalDate day = today.minusDays(1);
                found.add(new Question.Period(day, day, null, day.toString()));
                used.set(i);
            } else if ((word.equals("last") || word.equals("this") || word.equals("past")) && next.startsWith("year")) {
                int year = today.getYear() - (word.equals("this") ? 0 : 1);
                found.add(year(year));
                used.set(i, i + 2);
            } else if ((word.equals("last") || word.equals("this")) && next.startsWith("month")) {
                YearMonth month = YearMonth.from(today).minusMonths(word.equals("this") ? 0 : 1);
                found.add(new Question.Period(month.atDay(1), month.atEndOfMonth(), null, month.toString()));
                used.set(i, i + 2);
            } else if (isYear(word)) {
                found.add(yearWithDetail(words, i, used));
            } else if (QuestionWords.month(word) > 0 && monthAlone(words, i) && !partOfFullDate(words, i)) {
                int month = QuestionWords.month(word);
                found.add(new Question.Period(null, null, month, QuestionWords.MONTHS.get(month - 1)));
                used.set(i);
            }
        }
        return combine(found, words, used);
    }

    /** A year, narrowed by a month and day around it: "18 february 2023", "feb 18 2023", "2023-02-18". */
    private Question.Period yearWithDetail(List<String> words, int i, BitSet used) {
        int year = Integer.parseInt(words.get(i));
        used.set(i);
        int month = i > 0 ? QuestionWords.month(words.get(i - 1)) : 0;
        int day = 0;
        if (month > 0) {
            used.set(i - 1);
            day = i > 1 ? dayNumber(words.get(i - 2)) : 0;
            if (day > 0) {
                used.set(i - 2);
            }
        } else if (i > 1 && number(words.get(i - 1)) >= 1 && number(words.get(i - 1)) <= 12
                && dayNumber(words.get(i - 2)) > 0) {
            // 29.09.2023, as written in Armenia, Azerbaijan, Russia and most of Europe
            month = number(words.get(i - 1));
            day = dayNumber(words.get(i - 2));
            used.set(i - 2, i);
        } else if (i > 1 && dayNumber(words.get(i - 1)) > 0 && QuestionWords.month(words.get(i - 2)) > 0) {
            month = QuestionWords.month(words.get(i - 2));
            day = dayNumber(words.get(i - 1));
            used.set(i - 2, i);
        } else if (i + 1 < words.size() && number(words.get(i + 1)) >= 1 && number(words.get(i + 1)) <= 12) {
            month = number(words.get(i + 1));
            used.set(i + 1);
            if (i + 2 < words.size() && dayNumber(words.get(i + 2)) > 0) {
                day = dayNumber(words.get(i + 2));
                used.set(i + 2);
            }
        }
        if (month == 0) {
            return year(year);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day > 0 && day <= yearMonth.lengthOfMonth()) {
            LocalDate date = yearMonth.atDay(day);
            return new Question.Period(date, date, null, date.toString());
        }
        return new Question.Period(yearMonth.atDay(1), yearMonth.atEndOfMonth(), null, yearMonth.toString());
    }

    private Question.Period combine(List<Question.Period> found, List<String> words, BitSet used) {
        if (found.isEmpty()) {
            return null;
        }
        Question.Period first = found.get(0);
        if (found.size() >= 2 && first.from() != null && found.get(1).from() != null) {
            Question.Period last = found.get(found.size() - 1);
            return new Question.Period(first.from(), last.to(), null, first.label() + " to " + last.label());
        }
        if (first.from() == null) {
            return first;
        }
        int at = words.indexOf(first.label().substring(0, 4));
        String before = at > 0 ? words.get(at - 1) : "";
        if (before.equals("since") || before.equals("after")) {
            used.set(at - 1);
            return new Question.Period(before.equals("since") ? first.from() : first.to().plusDays(1), LATEST, null,
                    before + " " + first.label());
        }
        if (before.equals("before") || before.equals("until")) {
            used.set(at - 1);
            return new Question.Period(EARLIEST, before.equals("until") ? first.to() : first.from().minusDays(1),
                    null, before + " " + first.label());
        }
        return first;
    }

    /** "may" and other month names count as a date only after "in"/"of" or before a day number. */
    private static boolean monthAlone(List<String> words, int i) {
        String before = i > 0 ? words.get(i - 1) : "";
        String after = i + 1 < words.size() ? words.get(i + 1) : "";
        boolean fullName = QuestionWords.MONTHS.contains(words.get(i)) && !words.get(i).equals("may")
                && !words.get(i).equals("march");
        return fullName || before.equals("in") || before.equals("of") || dayNumber(after) > 0;
    }

    /** "february 2023", "18 february 2023", "february 18 2023": the year reading takes the month. */
    private static boolean partOfFullDate(List<String> words, int i) {
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        String afterNext = i + 2 < words.size() ? words.get(i + 2) : "";
        return isYear(next) || dayNumber(next) > 0 && isYear(afterNext);
    }

    private static Question.Period year(int year) {
        return new Question.Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, String.valueOf(year));
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && number(word) >= 1990 && number(word) <= 2099;
    }

    private static int dayNumber(String word) {
        String digits = word.replaceFirst("(st|nd|rd|th)$", "");
        int n = number(digits);
        return n >= 1 && n <= 31 ? n : 0;
    }

    private static int number(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(word);
    }
}
