package io.newsdigest.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that let one recipient unsubscribe with one click: {@code ADDRESS.DAY.SIGNATURE}, the address in
 * base64url, the day the token was issued ({@code yyyyMMdd}), and an HMAC-SHA256 over both with the stack's
 * secret, in base64url. The secret itself never leaves this class; a token names one address, and a token changed
 * in any character, made with another secret or older than {@link #VALID_DAYS} days is refused.
 */
public final class UnsubscribeTokens {

    /** Days a token stays valid after the digest that carried it: long enough for a reader back from holiday. */
    public static final int VALID_DAYS = 90;

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @param secret the signing secret, at least 32 bytes */
    public UnsubscribeTokens(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the unsubscribe secret must be at least 32 bytes long");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The token that unsubscribes {@code address} (compared without regard to case), issued on {@code day}. */
    public String issue(String address, LocalDate day) {
        String who = ENCODE.encodeToString(normalized(address).getBytes(StandardCharsets.UTF_8));
        String when = String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        return who + "." + when + "." + ENCODE.encodeToString(sign(who + "." + when));
    }

    /**
     * The address {@code token} unsubscribes, if it is one this secret signed and it was issued within
     * {@link #VALID_DAYS} days before {@code today} (and not after it); empty for anything else, never an error.
     */
    public Optional<String> verify(String token, LocalDate today) {
        if (token == null || token.length() > 1024) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            // compared as written, so that not even the unused bits of the last character may differ
            byte[] expected = ENCODE.encodeToString(sign(parts[0] + "." + parts[1])).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.UTF_8), expected)) {
                return Optional.empty();
            }
            LocalDate issued = LocalDate.of(Integer.parseInt(parts[1].substring(0, 4)),
                    Integer.parseInt(parts[1].substring(4, 6)), Integer.parseInt(parts[1].substring(6)));
            if (issued.isAfter(today) || issued.plusDays(VALID_DAYS).isBefore(today)) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An address as tokens and records compare it: stripped, lower-case. */
    public static String normalized(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("news-digest unsubscribe\n" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
