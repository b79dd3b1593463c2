package io.newsdigest.article;

/**
 * The binary formats an upload is refused as from its first bytes, without reading further. A format is
 * recognised only by its whole signature: the magic number together with the bytes that must follow it (a GIF's
 * version and screen size, a RIFF file's length and form type), so printable text that merely starts like one
 * ("RIFFS DEEPEN INSIDE COALITION", "GIF8 was the first format") is not taken for it. Signatures made of printable
 * characters count only when the bytes that follow hold a control byte, which no text does.
 */
enum FileSignature {

    PNG("PNG image") {
        @Override
        boolean matches(byte[] b) {
            return startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        }
    },
    ZIP("ZIP archive") {
        @Override
        boolean matches(byte[] b) {
            return startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6)
                    || startsWith(b, 0, 'P', 'K', 7, 8);
        }
    },
    PDF("PDF document") {
        @Override
        boolean matches(byte[] b) {
            // the header line: a version, then the end of the line
            return startsWith(b, 0, '%', 'P', 'D', 'F', '-') && b.length > 8 && isDigit(b[5]) && b[6] == '.'
                    && isDigit(b[7]) && (b[8] == '\r' || b[8] == '\n');
        }
    },
    GZIP("gzip archive") {
        @Override
        boolean matches(byte[] b) {
            return startsWith(b, 0, 0x1f, 0x8b, 0x08);
        }
    },
    JPEG("JPEG image") {
        @Override
        boolean matches(byte[] b) {
            return startsWith(b, 0, 0xff, 0xd8, 0xff);
        }
    },
    GIF("GIF image") {
        @Override
        boolean matches(byte[] b) {
            // version, then the logical screen: width and height (two bytes each), flags, background, aspect
            return (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a'))
                    && holdsControlByte(b, 6, 13);
        }
    },
    RIFF("RIFF media") {
        @Override
        boolean matches(byte[] b) {
            // the chunk length (four bytes, little-endian), then a four-character form type ("WAVE", "AVI ", "WEBP")
            if (!startsWith(b, 0, 'R', 'I', 'F', 'F') || b.length < 12 || !holdsControlByte(b, 4, 8)) {
                return false;
            }
            for (int i = 8; i < 12; i++) {
                if (b[i] < 0x20 || b[i] > 0x7e) {
                    return false;
                }
            }
            return true;
        }
    },
    ELF("executable") {
        @Override
        boolean matches(byte[] b) {
            return startsWith(b, 0, 0x7f, 'E', 'L', 'F') && b.length > 5 && (b[4] == 1 || b[4] == 2)
                    && (b[5] == 1 || b[5] == 2);
        }
    },
    OFFICE("Office document") {
        @Override
        boolean matches(byte[] b) {
            return startsWith(b, 0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
        }
    };

    private final String description;

    FileSignature(String description) {
        this.description = description;
    }

    /** What the format is, for a rejection reason: "PNG image". */
    String description() {
        return description;
    }

    /** Whether {@code bytes} start with this format's whole signature. */
    abstract boolean matches(byte[] bytes);

    /** The format whose signature {@code bytes} start with, or null. */
    static FileSignature of(byte[] bytes) {
        for (FileSignature s : values()) {
            if (s.matches(bytes)) {
                return s;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int from, int... prefix) {
        if (b.length < from + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[from + i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code b[from..to)} (all of it present) holds a C0 control other than whitespace, or DEL. */
    private static boolean holdsControlByte(byte[] b, int from, int to) {
        if (b.length < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
