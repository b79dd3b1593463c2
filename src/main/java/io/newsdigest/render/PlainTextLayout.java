package io.newsdigest.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text part laid out for any mail client: every line at most {@value #WIDTH} columns, broken only at
 * spaces, so a link (which holds none) is never cut; a word longer than a line keeps a line of its own. A line
 * that opens with a list marker ({@code * }, {@code -- }, {@code 1. }) continues under the text after the marker,
 * so a wrapped item stays visibly one item.
 */
public final class PlainTextLayout {

    /** Columns per line: RFC 5322 recommends at most 78 characters. */
    public static final int WIDTH = 78;

    private static final Pattern MARKER = Pattern.compile("^( *)(\\* |-- |\\d{1,3}\\. )?");

    private PlainTextLayout() {
    }

    /** {@code text} with each line over {@code width} columns wrapped; shorter lines and line ends as they were. */
    public static String wrap(String text, int width) {
        if (width < 20) {
            throw new IllegalArgumentException("width too small to wrap into: " + width);
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            if (line.codePointCount(0, line.length()) <= width) {
                out.append(line);
            } else {
                wrapLine(line, width, out);
            }
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        Matcher m = MARKER.matcher(line);
        m.find();
        String hanging = " ".repeat(m.end());
        String rest = line.substring(m.end());
        StringBuilder current = new StringBuilder(line.substring(0, m.end()));
        int columns = m.end();
        boolean empty = true;
        for (String word : rest.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = word.codePointCount(0, word.length());
            if (!empty && columns + 1 + length > width) {
                out.append(current).append('\n');
                current.setLength(0);
                current.append(hanging);
                columns = hanging.length();
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                columns++;
            }
            current.append(word);
            columns += length;
            empty = false;
        }
        out.append(current);
    }
}
