package org.talksbot.chart;

/** A rendered chart: the PNG, its caption, and the counts behind it as text (all Telegram-HTML). */
public record Chart(ChartData data, byte[] png, String caption, String text) {
}
