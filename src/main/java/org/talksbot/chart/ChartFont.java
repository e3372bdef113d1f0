package org.talksbot.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font charts are drawn with: DejaVu Sans, shipped in the jar ({@code fonts/DejaVuSans.ttf},
 * license beside it), so labels in Latin, Cyrillic and Armenian render the same on any machine,
 * one without system fonts included.
 */
final class ChartFont {

    static final String RESOURCE = "/fonts/DejaVuSans.ttf";
    private static final Font BASE = load();

    private ChartFont() {
    }

    static Font plain(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    private static Font load() {
        try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the chart font " + RESOURCE + " is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the chart font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the chart font is not a TrueType font", e);
        }
    }
}
