package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text, including text pasted from a web page with its chrome. Labelled lines above the paste
 * ({@code URL:}, {@code Source:}, {@code Date:}...) are metadata ({@link PasteLabels}). Paragraphs are
 * separated by blank lines, or are single lines when the paste kept one paragraph per line. The head of the page gives the title,
 * outlet and date ({@link PastedHeader}); the body is what {@link TextBoilerplate} keeps, the same rules that
 * clean saved web pages.
 */
public final class TextExtractor {

    /** Lines of text wrapped at a fixed width are at most this long. */
    private static final int WRAP_WIDTH = 100;

    public Extraction extract(String text) {
        PasteLabels labels = PasteLabels.read(text.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs(labels.lines())) {
            String t = TextMeasures.collapse(p);
            if (!t.isEmpty()) {
                blocks.add(Block.line(t));
            }
        }
        PastedHeader header = PastedHeader.of(blocks);
        String title = labels.title() != null ? labels.title() : header.title();
        return new Extraction(title, labels.source() != null ? labels.source() : header.source(),
                labels.url() != null ? labels.url() : header.url(),
                labels.published() != null ? labels.published() : header.published(), null,
                TextBoilerplate.body(blocks, title, false), List.of());
    }

    /**
     * Cuts lines into paragraphs. A blank line always ends one. Text wrapped at a fixed width (no line longer
     * than {@value #WRAP_WIDTH} characters, many lines near the longest) joins a line to the next unless the
     * line stops well short of the width. Otherwise, as in text pasted from a web page, every line is its own
     * paragraph unless it plainly continues the sentence the line before left open.
     */
    static List<String> paragraphs(List<String> lines) {
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.strip().length());
        }
        int nearWidth = 0;
        for (String l : lines) {
            if (l.strip().length() >= width * 0.8) {
                nearWidth++;
            }
        }
        boolean wrapped = width <= WRAP_WIDTH && nearWidth >= 3;
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = "";
        for (String l : lines) {
            String s = l.strip();
            boolean continues = !s.isEmpty() && !previous.isEmpty()
                    && (wrapped ? previous.length() >= width * 0.6 : continuesSentence(previous, s));
            if (!continues && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!s.isEmpty()) {
                current.append(current.length() > 0 ? " " : "").append(s);
            }
            previous = s;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** A line that left a sentence open (no closing mark, a fair length) and a next line in lower case. */
    private static boolean continuesSentence(String previous, String next) {
        return Character.isLowerCase(next.charAt(0)) && previous.length() >= 20
                && !TextMeasures.endsLikeSentence(previous)
                && TextMeasures.letterShare(previous) >= 0.5 && !next.matches("(?i)(www\\.|https?:).*");
    }
}
