package io.newsdigest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into {@link Token}s that keep their offsets.
 *
 * <p>Hyphenated words become their parts ("Jong-un" gives "Jong" and "un", so names written with a hyphen or a
 * space match), a possessive {@code 's} is dropped, {@code n't} becomes a separate {@code not} token, digits
 * keep their inner separators ({@code 1,200}, {@code 6.4}, {@code 3:45}) and lose a glued unit or ordinal
 * suffix ({@code 300m} gives {@code 300} and {@code m}). Never throws on any input.
 */
public final class Tokenizer {

    private static final String SYMBOLS = "$€£¥%°₹";

    public List<Token> tokenize(String sentence) {
        List<Token> out = new ArrayList<>();
        String s = sentence;
        // the characters are read from an array: compiled by C1, as the functions run, each charAt of a string
        // holding a curly quote is a call
        char[] cs = s.toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isSpace(c)) {
                i++;
            } else if (Letters.isDigit(c)) {
                i = number(s, cs, i, out);
            } else if (Letters.isLetter(c)) {
                i = word(s, cs, i, out);
            } else if (SYMBOLS.indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, false, Token.Kind.SYMBOL));
                i++;
            } else {
                String f = String.valueOf(fold(c));
                out.add(new Token(f, f, i, i + 1, false, Token.Kind.PUNCT));
                i++;
            }
        }
        return out;
    }

    private static int number(String s, char[] cs, int i, List<Token> out) {
        int n = cs.length;
        int j = i;
        while (j < n) {
            char c = cs[j];
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.' || c == ':') && j + 1 < n && Character.isDigit(cs[j + 1])
                    && j > i) {
                j++;
            } else {
                break;
            }
        }
        String digits = s.substring(i, j);
        out.add(new Token(digits, digits, i, j, false, Token.Kind.NUMBER));
        int k = j;
        while (k < n && Character.isLetter(cs[k])) {
            k++;
        }
        if (k > j) {
            String suffix = s.substring(j, k);
            String lower = suffix.toLowerCase(Locale.ROOT);
            if (!(lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th"))) {
                out.add(new Token(suffix, lower, j, k, Character.isUpperCase(suffix.charAt(0)), Token.Kind.WORD));
            }
        }
        return k;
    }

    private static int word(String s, char[] cs, int i, List<Token> out) {
        int n = cs.length;
        int j = i;
        boolean plain = true; // ASCII letters only: nothing to fold, strip or split
        while (j < n) {
            char c = cs[j];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                j++;
            } else if (isLetterOrMark(c)) {
                plain = false;
                j++;
            } else if (isApostrophe(c) && j + 1 < n && Character.isLetter(cs[j + 1])) {
                plain = false;
                j++;
            } else if (c == '.' && j + 1 < n && Character.isLetter(cs[j + 1]) && j + 2 <= n
                    && (j + 2 == n || cs[j + 2] == '.') && j - i <= 2) {
                plain = false;
                j += 2; // initials such as U.S. or p.m.
                if (j < n && cs[j] == '.') {
                    j++;
                }
            } else {
                break;
            }
        }
        String raw = s.substring(i, j);
        if (plain) {
            out.add(new Token(raw, raw.toLowerCase(Locale.ROOT), i, j, Character.isUpperCase(raw.charAt(0)),
                    Token.Kind.WORD));
            return j;
        }
        String text = foldApostrophes(raw);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean cap = Character.isUpperCase(raw.charAt(0));
        if (lower.endsWith("n't") && lower.length() > 3) {
            String stemPart = text.substring(0, text.length() - 3);
            String stemNorm = switch (lower) {
                case "can't" -> "can";
                case "won't" -> "will";
                case "shan't" -> "shall";
                default -> normalize(stemPart);
            };
            int cut = i + stemPart.length();
            out.add(new Token(stemPart, stemNorm, i, cut, cap, Token.Kind.WORD));
            out.add(new Token(text.substring(stemPart.length()), "not", cut, j, false, Token.Kind.WORD));
            return j;
        }
        if (lower.endsWith("'s") && lower.length() > 2) {
            text = text.substring(0, text.length() - 2);
        } else if (lower.endsWith("'") && lower.length() > 1) {
            text = text.substring(0, text.length() - 1);
        }
        String norm = normalize(text);
        if (norm.endsWith(".") && norm.length() > 1) {
            norm = norm.substring(0, norm.length() - 1);
        }
        out.add(new Token(text, norm, i, j, cap, Token.Kind.WORD));
        return j;
    }

    /** Lower case without accents and with ASCII apostrophes; the form every matching stage compares. */
    public static String normalize(String word) {
        String folded = foldApostrophes(word).toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int k = 0; k < folded.length() && ascii; k++) {
            ascii = folded.charAt(k) < 128;
        }
        if (ascii) {
            return folded;
        }
        String d = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
    private static boolean isSpace(char c) {
        return Letters.isWhitespace(c) || c >= 128 && Character.isSpaceChar(c);
    }

    /** A letter, or a mark that combines with the letter before it. */
    private static boolean isLetterOrMark(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    private static String foldApostrophes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u2033', '\u00ab', '\u00bb' -> '"';
            case '\u2018', '\u2019', '\u201a', '\u2032' -> '\'';
            case '\u2010', '\u2011', '\u2012' -> '-';
            default -> c;
        };
    }
}
