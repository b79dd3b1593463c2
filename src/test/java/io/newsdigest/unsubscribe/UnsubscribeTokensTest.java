package io.newsdigest.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static final byte[] SECRET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL".getBytes(StandardCharsets.UTF_8);
    private static final LocalDate DAY = LocalDate.of(2024, 6, 21);
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(SECRET);

    @Test
    void a_token_unsubscribes_the_address_it_was_issued_for_in_lower_case() {
        String token = tokens.issue(" Zoe@Example.org ", DAY);

        assertEquals(Optional.of("zoe@example.org"), tokens.verify(token, DAY));
        assertEquals(Optional.of("zoe@example.org"), tokens.verify(token, DAY.plusDays(UnsubscribeTokens.VALID_DAYS)));
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.20240621\\.[A-Za-z0-9_-]+"), token);
    }

    @Test
    void the_secret_never_appears_in_a_token() {
        String token = tokens.issue("zoe@example.org", DAY);

        assertFalse(token.contains("0123456789abcdef"), token);
        assertFalse(token.contains(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(SECRET).substring(0, 16)));
    }

    @Test
    void a_token_for_another_address_cannot_be_turned_into_one_for_this_address() {
        String other = tokens.issue("mallory@example.org", DAY);
        String[] parts = other.split("\\.");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("zoe@example.org".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];

        assertEquals(Optional.empty(), tokens.verify(forged, DAY));
    }

    @Test
    void forged_altered_foreign_expired_and_malformed_tokens_are_refused_without_an_error() {
        String token = tokens.issue("zoe@example.org", DAY);
        UnsubscribeTokens otherSecret = new UnsubscribeTokens("another secret, just as long as the first one is".getBytes(StandardCharsets.UTF_8));
        char last = token.charAt(token.length() - 1);

        assertEquals(Optional.empty(), tokens.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), DAY));
        assertEquals(Optional.empty(), tokens.verify(token.replace(".20240621.", ".20240622."), DAY.plusDays(1)));
        assertEquals(Optional.empty(), otherSecret.verify(token, DAY));
        assertEquals(Optional.empty(), tokens.verify(token, DAY.plusDays(UnsubscribeTokens.VALID_DAYS + 1)), "expired");
        assertEquals(Optional.empty(), tokens.verify(token, DAY.minusDays(1)), "issued after today");
        for (String bad : new String[] {null, "", "...", "a.b.c", "a.20241399.c", "emVv.20240621.!!!", "x".repeat(5000)}) {
            assertEquals(Optional.empty(), tokens.verify(bad, DAY), String.valueOf(bad));
        }
    }

    @Test
    void a_short_secret_fails_at_once() {
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens("short".getBytes(StandardCharsets.UTF_8)));
    }
}
