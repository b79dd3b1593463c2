package io.newsdigest.bench;

import java.util.List;
import java.util.Map;

/**
 * One outlet's article about an {@link Event}, before it is dressed as a web page, a paste, Markdown or JSON:
 * headline, author and body paragraphs (each a list of sentences).
 *
 * @param slots the names and figures as this outlet wrote them (its figures may differ from other outlets')
 */
record Report(Event event, Names.Outlet outlet, String headline, String author, List<List<String>> paragraphs,
              Map<String, String> slots) {

    Report {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
        slots = Map.copyOf(slots);
    }

    /** The body as plain text: sentences joined by spaces, paragraphs by a blank line. */
    String body() {
        StringBuilder out = new StringBuilder();
        for (List<String> p : paragraphs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(String.join(" ", p));
        }
        return out.toString();
    }

    /** The number of words in the body. */
    int words() {
        int n = 0;
        for (List<String> p : paragraphs) {
            for (String s : p) {
                n += words(s);
            }
        }
        return n;
    }

    static int words(String sentence) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean space = Character.isWhitespace(sentence.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
