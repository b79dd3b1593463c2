package io.newsdigest.article;

import io.newsdigest.text.InvisibleCharacters;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns upload bytes into text without assuming a charset.
 *
 * <p>Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); the UTF-16 shape (every other byte zero);
 * UTF-16 in one script without zero bytes (CJK, Cyrillic: control bytes, pairs that are not ASCII, and text in
 * one byte order);
 * UTF-8 validity (text that
 * is valid UTF-8 but for a few broken sequences, say a cut-off character, is read as UTF-8 with those replaced
 * by U+FFFD); a charset the document declares (HTML {@code <meta charset>}, UTF-16 declarations ignored as
 * browsers do); statistical detection; and finally windows-1252, which can decode any byte. Known binary
 * formats (by their whole signature, {@link FileSignature}) and content with control bytes are refused. Never throws for bad content: the outcome says why.
 * Linear in the input: one validity pass over the bytes and one decoding.
 */
public final class TextDecoder {

    /**
     * Decoded text, the charset used and what had to be guessed. The text holds no control character but
     * whitespace ({@link InvisibleCharacters#removeControlsFrom}: NEL becomes a line break).
     */
    public record Decoded(String text, Charset charset, List<String> issues) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** Returns the decoded text; throws when the bytes are not text, with the reason. */
    public Decoded decode(byte[] bytes) throws UnreadableUpload {
        FileSignature binary = FileSignature.of(bytes);
        if (binary != null) {
            throw new UnreadableUpload("binary content (" + binary.description() + "), not an article");
        }
        List<String> issues = new ArrayList<>();
        Charset charset = bomCharset(bytes);
        int skip = 0;
        if (charset != null) {
            skip = bomLength(charset);
        } else {
            charset = utf16Shape(bytes);
        }
        if (charset == null) {
            charset = utf16InOneScript(bytes);
        }
        Utf8Scan utf8 = null;
        if (charset == null) {
            utf8 = Utf8Scan.of(bytes);
            if (utf8.malformed() == 0) {
                charset = StandardCharsets.UTF_8;
            } else if (utf8.multiByte() >= 2L * utf8.malformed()) {
                charset = StandardCharsets.UTF_8;
                issues.add("not valid UTF-8: " + utf8.malformed() + " malformed byte sequence(s) replaced by \uFFFD");
            }
        }
        if (charset == null) {
            charset = declaredCharset(bytes);
            if (charset != null && !isValid(bytes, charset)) {
                charset = null;
            }
        }
        if (charset == null) {
            charset = detected(bytes);
            if (charset == null || !isValid(bytes, charset)) {
                charset = WINDOWS_1252;
            }
            issues.add("not valid UTF-8; decoded as " + charset.name());
        }
        String text = new String(bytes, skip, bytes.length - skip, charset);
        // valid UTF-8 without control bytes or sequences decodes to text without a control character: no need to
        // look for them again in the text
        boolean clean = utf8 != null && utf8.controls() == 0 && charset.equals(StandardCharsets.UTF_8);
        if (clean) {
            return new Decoded(text, charset, issues);
        }
        if (hasControlBytes(text)) {
            throw new UnreadableUpload("binary content (control characters), not an article");
        }
        return new Decoded(InvisibleCharacters.removeControlsFrom(text), charset, issues);
    }

    /**
     * Counts of well-formed multi-byte sequences and of malformed ones in UTF-8 bytes (RFC 3629 rules), and of
     * control characters: C0 controls other than tab, CR, LF and FF, DEL, and well-formed C1 controls.
     */
    private record Utf8Scan(int multiByte, int malformed, int controls) {

        static Utf8Scan of(byte[] b) {
            int multi = 0;
            int bad = 0;
            int controls = 0;
            int i = 0;
            int n = b.length;
            while (i < n) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                        controls++;
                    }
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xbf;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    lo = c == 0xe0 ? 0xa0 : 0x80;
                    hi = c == 0xed ? 0x9f : 0xbf;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    lo = c == 0xf0 ? 0x90 : 0x80;
                    hi = c == 0xf4 ? 0x8f : 0xbf;
                } else {
                    bad++;
                    i++;
                    continue;
                }
                boolean ok = i + need < n;
                for (int k = 1; ok && k <= need; k++) {
                    int d = b[i + k] & 0xff;
                    ok = k == 1 ? d >= lo && d <= hi : d >= 0x80 && d <= 0xbf;
                }
                if (ok) {
                    if (c == 0xc2 && (b[i + 1] & 0xff) < 0xa0) {
                        controls++; // U+0080 to U+009F
                    }
                    multi++;
                    i += need + 1;
                } else {
                    bad++;
                    i++;
                }
            }
            return new Utf8Scan(multi, bad, controls);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0xef, 0xbb, 0xbf)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xff, 0xfe, 0, 0)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0, 0, 0xfe, 0xff)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xff, 0xfe)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xfe, 0xff)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return 3;
        }
        return charset.equals(UTF_32LE) || charset.equals(UTF_32BE) ? 4 : 2;
    }

    /**
     * UTF-16 without a BOM in a script whose characters hold no zero byte (Chinese, Japanese, Korean, Cyrillic...):
     * its bytes hold control bytes (no 8-bit or legacy multi-byte charset writes those in text), and read in one
     * byte order they are text: at least {@value #ONE_SCRIPT_SHARE} of the characters are ASCII, common
     * punctuation and symbols, or letters of one script. Read in the other order, the same bytes scatter over
     * many scripts.
     */
    private static Charset utf16InOneScript(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8 || !hasControlBytes(b, n) || printablePairShare(b, n) >= 0.5) {
            return null; // mostly ASCII with a few controls: 8-bit text with stray bytes (or binary), not UTF-16
        }
        double little = oneScriptShare(b, n, false);
        double big = oneScriptShare(b, n, true);
        if (little >= ONE_SCRIPT_SHARE && little > big) {
            return StandardCharsets.UTF_16LE;
        }
        if (big >= ONE_SCRIPT_SHARE && big > little) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static final double ONE_SCRIPT_SHARE = 0.9;

    /** Share of the UTF-16 code units in {@code b[0..n)} that are ASCII text, common, or of the commonest script. */
    private static double oneScriptShare(byte[] b, int n, boolean bigEndian) {
        int[] perScript = new int[Character.UnicodeScript.values().length];
        int common = 0;
        for (int i = 0; i < n; i += 2) {
            char c = bigEndian ? (char) ((b[i] & 0xff) << 8 | (b[i + 1] & 0xff))
                    : (char) ((b[i + 1] & 0xff) << 8 | (b[i] & 0xff));
            if (c < 0x80) {
                if (c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r') {
                    common++;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                common++;
            } else {
                perScript[script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                        ? Character.UnicodeScript.HAN.ordinal() : script.ordinal()]++;
            }
        }
        int most = 0;
        for (int count : perScript) {
            most = Math.max(most, count);
        }
        return (common + most) / (double) (n / 2);
    }

    /**
     * Share of the byte pairs in {@code b[0..n)} both of whose bytes are printable ASCII: nearly all of them in
     * ASCII text (which read as UTF-16 would become ideographs), at most about a third in UTF-16 text of any script.
     */
    private static double printablePairShare(byte[] b, int n) {
        int printable = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] >= 0x20 && b[i] < 0x7f && b[i + 1] >= 0x20 && b[i + 1] < 0x7f) {
                printable++;
            }
        }
        return printable / (double) (n / 2);
    }

    /** Whether {@code b[0..n)} holds a C0 control byte other than tab, CR, LF and FF. */
    private static boolean hasControlBytes(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 without a BOM: in Latin text, one byte of most pairs is zero. */
    private static Charset utf16Shape(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isValid(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer ignored = decoder.decode(ByteBuffer.wrap(bytes));
            return ignored != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find() || m.group(1).toLowerCase(Locale.ROOT).startsWith("utf-16")
                || m.group(1).toLowerCase(Locale.ROOT).startsWith("utf-32")) {
            return null; // a page that can declare its charset in ASCII is not UTF-16, whatever it says
        }
        return charsetNamed(m.group(1));
    }

    private static Charset detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return charsetNamed(detector.getDetectedCharset());
    }

    private static Charset charsetNamed(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252; // what browsers do: the C1 range is printable punctuation in practice
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** NUL and other C0 controls (except tab, CR, LF, FF) do not occur in text. */
    private static boolean hasControlBytes(String text) {
        int n = Math.min(text.length(), 65536);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                bad++;
            }
        }
        return bad > 0 && bad * 100 > n; // more than 1%: binary; a stray control byte is tolerated
    }
}
