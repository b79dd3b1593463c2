package io.newsdigest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into sentences at the boundaries it is given, in order, and keeps each one verbatim except
 * whitespace: trimmed, and every run of whitespace inside made one space. Most sentences hold single spaces
 * only and are copied in one piece; the scan reports other whitespace ({@link #sawSpace}) so only those
 * sentences are rebuilt. One instance per text.
 */
final class SentenceCollector {

    private final String text;
    private final List<String> sentences = new ArrayList<>();
    private StringBuilder buffer;
    private int start;
    private boolean content;
    private boolean irregularSpace;

    SentenceCollector(String text) {
        this.text = text;
    }

    /** Where the current sentence starts (possibly on whitespace before its first word). */
    int start() {
        return start;
    }

    /** Moves the start of the current sentence past leading whitespace (trimmed anyway) and returns it. */
    int contentStart() {
        while (start < text.length() && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The scan passed a character that is not whitespace. */
    void sawContent() {
        content = true;
    }

    /** The scan passed characters up to {@code i}; the current sentence has content if it starts before. */
    void sawTextUpTo(int i) {
        content = start < i;
    }

    /** The scan passed whitespace; {@code irregular} if it is not a single plain space between words. */
    void sawSpace(boolean irregular) {
        if (irregular && content) {
            irregularSpace = true;
        }
    }

    /** Ends the current sentence at {@code end} (exclusive) and adds it unless it is blank. */
    void end(int end) {
        int s = start;
        boolean collapse = irregularSpace;
        start = end;
        content = false;
        irregularSpace = false;
        while (s < end && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return;
        }
        sentences.add(collapse ? collapsed(s, e) : text.substring(s, e));
    }

    private String collapsed(int s, int e) {
        if (buffer == null) {
            buffer = new StringBuilder(e - s);
        }
        buffer.setLength(0);
        boolean space = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Chars.isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    buffer.append(' ');
                    space = false;
                }
                buffer.append(c);
            }
        }
        return buffer.toString();
    }

    List<String> sentences() {
        return sentences;
    }
}
