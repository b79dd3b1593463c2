package io.newsdigest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented text the benchmark day is written from: the resource files beside this class, read as
 * sections ({@code == name}) of lines; {@code #} lines and blank lines are comments. A missing or malformed
 * resource is a build error and throws.
 */
final class TextBank {

    private TextBank() {
    }

    /** The sections of {@code resource}, in file order, each a list of its non-blank lines. */
    static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(resource)) {
            if (line.startsWith("== ")) {
                current = new ArrayList<>();
                out.put(line.substring(3).strip(), current);
            } else if (current == null) {
                throw new IllegalStateException(resource + ": text before the first section: " + line);
            } else {
                current.add(line);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** The lines of {@code resource} without comments, blank lines and trailing spaces. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = TextBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.stripTrailing();
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    /** {@code template} with every {@code {slot}} replaced from {@code slots}; an unknown slot throws. */
    static String fill(String template, Map<String, String> slots) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed slot in: " + template);
            }
            String value = slots.get(template.substring(open + 1, close));
            if (value == null) {
                throw new IllegalStateException("no value for " + template.substring(open, close + 1) + " in: " + template);
            }
            out.append(template, i, open).append(value);
            i = close + 1;
            if (value.endsWith(".") && i < template.length() && template.charAt(i) == '.') {
                i++; // "at 7 a.m." ends the sentence with one period, not two
            }
        }
        return capitalized(out);
    }

    private static String capitalized(StringBuilder s) {
        if (s.length() > 0 && Character.isLowerCase(s.charAt(0))) {
            s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        }
        return s.toString();
    }
}
