package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text, including text pasted from a web page: paragraphs are separated by blank lines, or are
 * single long lines when the paste kept one paragraph per line. The title is the first headline-like line
 * that the body does not start with; page chrome is removed by {@link TextBoilerplate}.
 */
public final class TextExtractor {

    public Extraction extract(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> blocks = paragraphs(lines);
        String title = null;
        for (String b : blocks) {
            if (TextBoilerplate.isHeadlineLike(b) && b.split("\\s+").length >= 4) {
                title = b;
                break;
            }
            if (!TextBoilerplate.isHeadlineLike(b) && b.length() > 200) {
                break;
            }
        }
        List<String> body = new ArrayList<>();
        for (String b : TextBoilerplate.clean(blocks)) {
            if (!b.equals(title)) {
                body.add(b);
            }
        }
        return new Extraction(title, null, null, null, null, body, List.of());
    }

    /** One line per paragraph when most text lines are long, else blank-line separated paragraphs. */
    static List<String> paragraphs(List<String> lines) {
        int textLines = 0;
        int longLines = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                textLines++;
                if (l.strip().length() > 100 || l.strip().matches(".*[.!?\"”]$")) {
                    longLines++;
                }
            }
        }
        boolean linePerParagraph = textLines > 0 && longLines * 2 >= textLines;
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty() || linePerParagraph) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                if (!s.isEmpty()) {
                    out.add(s);
                }
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(s);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
