package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeLinkTest {

    @ParameterizedTest
    @CsvSource({
            "https://ledger.example/city/a?id=1, ledger.example",
            "HTTP://Ledger.Example:8080/x, ledger.example",
            "https://trusted.example@evil.example/login, evil.example",
            "https://xn--bcher-kva.example/, xn--bcher-kva.example",
            "https://bücher.example/, xn--bcher-kva.example"})
    void keeps_web_links_and_shows_the_host_they_really_lead_to(String url, String host) {
        assertEquals(host, SafeLink.of(url).orElseThrow().host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
            "mailto:someone@example.org", "ftp://files.example/a", "/relative/path", "//no-scheme.example/",
            "https://", "https:///path-only", "https://exa mple.org/", "https://example.org/\nX", " "})
    void refuses_everything_else(String url) {
        assertEquals(Optional.empty(), SafeLink.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void refuses_nothing_at_all(String url) {
        assertEquals(Optional.empty(), SafeLink.of(url));
        assertEquals(Optional.empty(), SafeLink.of(null));
    }
}
