package io.newsdigest.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link Report} as a person copies it out of a browser window into a text file: the menu, the outlet's
 * name, the headline and byline, the paragraphs (one per line, or wrapped at 72 columns with blank lines
 * between), an "Advertisement" line in the middle, and the share prompts, related headlines and copyright
 * line of the page's end.
 */
final class PastedText {

    private final Names names;

    PastedText(Names names) {
        this.names = names;
    }

    String render(Report r, PageContext page, SplittableRandom rng) {
        StringBuilder t = new StringBuilder(8 * 1024);
        boolean withChrome = rng.nextInt(4) != 0;
        boolean wrapped = rng.nextInt(3) == 0;
        if (withChrome) {
            t.append("Skip to main content\n").append(String.join(" | ", names.list("section").subList(0, 8)))
                    .append("\n").append(r.outlet().name()).append("\n\n");
        }
        t.append(r.headline()).append("\n\n");
        if (withChrome) {
            t.append("By ").append(r.author()).append("\n").append(page.date()).append(" · ")
                    .append(2 + rng.nextInt(6)).append(" min read\n\n");
        }
        List<List<String>> paragraphs = r.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = String.join(" ", paragraphs.get(i));
            t.append(wrapped ? wrap(p) + "\n" : p + "\n");
            if (wrapped) {
                t.append('\n');
            }
            if (withChrome && i == paragraphs.size() / 2) {
                t.append("Advertisement\n").append(wrapped ? "\n" : "");
            }
        }
        if (withChrome) {
            t.append("\nShare this article\nRelated\n");
            for (int i = 0; i < 4; i++) {
                t.append(page.otherHeadlines().get(rng.nextInt(page.otherHeadlines().size()))).append('\n');
            }
            t.append("Sign up for our newsletter to get the day's top stories in your inbox.\n© ")
                    .append(page.date().getYear()).append(' ').append(r.outlet().name()).append(". All rights reserved.\n");
        }
        return t.toString();
    }

    private static String wrap(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length() + 16);
        int column = 0;
        for (String word : paragraph.split(" ")) {
            if (column > 0 && column + 1 + word.length() > 72) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
