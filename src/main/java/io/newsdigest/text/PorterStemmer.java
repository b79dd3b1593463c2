package io.newsdigest.text;

/**
 * The Porter (1980) suffix-stripping stemmer for English: "signing", "signed" and "signs" all give "sign".
 * Takes a lower-case word and returns its stem; words of one or two letters, words longer than
 * {@value #MAX_WORD} letters (no English word is; a run of letters that long is no word to stem), and words
 * holding anything but the letters a-z, come back unchanged. Nothing recursive, so the work per word is bounded
 * whatever the input. Stateless and thread-safe.
 */
public final class PorterStemmer {

    /** Longer "words" are returned as they are. */
    public static final int MAX_WORD = 50;

    public String stem(String word) {
        if (word.length() <= 2 || word.length() > MAX_WORD) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        Word w = new Word(word);
        w.step1ab();
        if (w.end > 1) {
            w.step1c();
            w.step2();
            w.step3();
            w.step4();
            w.step5();
        }
        return w.toString();
    }

    /** The word being stemmed: {@code b[0..end]} is its current form, {@code j} marks a candidate stem end. */
    private static final class Word {
        private final char[] b;
        private int end;
        private int j;

        Word(String s) {
            b = s.toCharArray();
            end = b.length - 1;
        }

        @Override
        public String toString() {
            return new String(b, 0, end + 1);
        }

        /**
         * Whether {@code b[i]} is a consonant: a letter other than a, e, i, o, u, and "y" unless it follows a
         * consonant. In a run of "y"s the answer alternates from the letter before the run.
         */
        private boolean consonant(int i) {
            switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u':
                    return false;
                case 'y':
                    int start = i;
                    while (start > 0 && b[start - 1] == 'y') {
                        start--;
                    }
                    boolean firstIsConsonant = start == 0 || isVowel(b[start - 1]);
                    return ((i - start) % 2 == 0) == firstIsConsonant;
                default:
                    return true;
            }
        }

        private static boolean isVowel(char c) {
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        }

        /** The number of vowel-consonant sequences in {@code b[0..j]}. */
        private int measure() {
            int n = 0;
            int i = 0;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!consonant(i)) {
                    break;
                }
                i++;
            }
            i++;
            while (true) {
                while (true) {
                    if (i > j) {
                        return n;
                    }
                    if (consonant(i)) {
                        break;
                    }
                    i++;
                }
                i++;
                n++;
                while (true) {
                    if (i > j) {
                        return n;
                    }
                    if (!consonant(i)) {
                        break;
                    }
                    i++;
                }
                i++;
            }
        }

        private boolean vowelInStem() {
            for (int i = 0; i <= j; i++) {
                if (!consonant(i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean doubleConsonant(int i) {
            return i >= 1 && b[i] == b[i - 1] && consonant(i);
        }

        /** consonant-vowel-consonant ending at i, the last not w, x or y. */
        private boolean cvc(int i) {
            if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
                return false;
            }
            char c = b[i];
            return c != 'w' && c != 'x' && c != 'y';
        }

        private boolean endsWith(String s) {
            int len = s.length();
            int o = end - len + 1;
            if (o < 0) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (b[o + i] != s.charAt(i)) {
                    return false;
                }
            }
            j = end - len;
            return true;
        }

        private void setTo(String s) {
            int len = s.length();
            int o = j + 1;
            for (int i = 0; i < len; i++) {
                b[o + i] = s.charAt(i);
            }
            end = j + len;
        }

        private void replaceIfMeasured(String s) {
            if (measure() > 0) {
                setTo(s);
            }
        }

        void step1ab() {
            if (b[end] == 's') {
                if (endsWith("sses")) {
                    end -= 2;
                } else if (endsWith("ies")) {
                    setTo("i");
                } else if (b[end - 1] != 's') {
                    end--;
                }
            }
            if (endsWith("eed")) {
                if (measure() > 0) {
                    end--;
                }
            } else if ((endsWith("ed") || endsWith("ing")) && vowelInStem()) {
                end = j;
                if (endsWith("at")) {
                    setTo("ate");
                } else if (endsWith("bl")) {
                    setTo("ble");
                } else if (endsWith("iz")) {
                    setTo("ize");
                } else if (doubleConsonant(end)) {
                    char c = b[end];
                    if (c != 'l' && c != 's' && c != 'z') {
                        end--;
                    }
                } else {
                    j = end;
                    if (measure() == 1 && cvc(end)) {
                        setTo("e");
                    }
                }
            }
        }

        void step1c() {
            if (endsWith("y") && vowelInStem()) {
                b[end] = 'i';
            }
        }

        void step2() {
            if (end < 1) {
                return;
            }
            String[][] rules = {
                {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
                {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
                {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
                {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
                {"logi", "log"}};
            applyFirst(rules);
        }

        void step3() {
            String[][] rules = {
                {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
                {"ness", ""}};
            applyFirst(rules);
        }

        private void applyFirst(String[][] rules) {
            for (String[] r : rules) {
                if (endsWith(r[0])) {
                    replaceIfMeasured(r[1]);
                    return;
                }
            }
        }

        void step4() {
            String[] suffixes = {"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
                "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"};
            for (String s : suffixes) {
                if (endsWith(s)) {
                    if (s.equals("ion") && !(j >= 0 && (b[j] == 's' || b[j] == 't'))) {
                        return;
                    }
                    if (measure() > 1) {
                        end = j;
                    }
                    return;
                }
            }
        }

        void step5() {
            j = end;
            if (b[end] == 'e') {
                int m = measure();
                if (m > 1 || (m == 1 && !cvc(end - 1))) {
                    end--;
                }
            }
            if (b[end] == 'l' && doubleConsonant(end)) {
                j = end;
                if (measure() > 1) {
                    end--;
                }
            }
        }
    }
}
