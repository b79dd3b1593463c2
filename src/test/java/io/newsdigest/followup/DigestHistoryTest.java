package io.newsdigest.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.digest.Digest;
import io.newsdigest.json.Json;
import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.DigestFiles;
import io.newsdigest.port.StorageUnavailable;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestHistoryTest {

    private static final LocalDate DAY = LocalDate.parse("2024-09-15");

    /** An archive in memory; a day holding the text "UNAVAILABLE" fails the way a store that cannot answer does. */
    private static final class Archive implements DigestArchive {
        final Map<LocalDate, String> json = new HashMap<>();
        final Map<LocalDate, String> outlines = new HashMap<>();
        final java.util.List<LocalDate> asked = new java.util.ArrayList<>();

        @Override
        public void keep(LocalDate day, DigestFiles files) {
            json.put(day, files.json());
            outlines.put(day, files.outline());
        }

        @Override
        public Optional<InputStream> outlineJson(LocalDate day) {
            return Optional.ofNullable(outlines.get(day))
                    .map(x -> new ByteArrayInputStream(x.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public Optional<InputStream> digestJson(LocalDate day) {
            asked.add(day);
            String s = json.get(day);
            if ("UNAVAILABLE".equals(s)) {
                throw new StorageUnavailable("read digests/" + day + "/digest.json: SlowDown (503)", null);
            }
            return Optional.ofNullable(s).map(x -> new ByteArrayInputStream(x.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String digestOf(String date) {
        return Json.write(new Digest(date, 0, List.of(), List.of()));
    }

    @Test
    void reads_the_days_before_newest_first_and_never_the_day_itself_or_later() {
        Archive archive = new Archive();
        for (String d : List.of("2024-09-12", "2024-09-14", "2024-09-15", "2024-09-16")) {
            archive.json.put(LocalDate.parse(d), digestOf(d));
        }

        EarlierDigests earlier = new DigestHistory(archive, 3).before(DAY);

        assertEquals(List.of("2024-09-14", "2024-09-12"), earlier.digests().stream().map(Digest::date).toList());
        assertEquals(List.of(LocalDate.parse("2024-09-14"), LocalDate.parse("2024-09-13"),
                LocalDate.parse("2024-09-12")), archive.asked);
        assertEquals(List.of("digests/2024-09-13/digest.json: skipped, there is none"), earlier.skipped());
    }

    @Test
    void a_malformed_unreadable_or_misdated_digest_is_skipped_with_a_line_naming_it() {
        Archive archive = new Archive();
        archive.json.put(LocalDate.parse("2024-09-14"), "{\"date\": \"2024-09-14\", \"stories\": [ {\"id\": ");
        archive.json.put(LocalDate.parse("2024-09-13"), "UNAVAILABLE");
        archive.json.put(LocalDate.parse("2024-09-12"), digestOf("2024-08-01"));
        archive.json.put(LocalDate.parse("2024-09-11"), "\u0000\u0001 not json");
        archive.json.put(LocalDate.parse("2024-09-10"), digestOf("2024-09-10"));

        EarlierDigests earlier = new DigestHistory(archive, 5).before(DAY);

        assertEquals(List.of("2024-09-10"), earlier.digests().stream().map(Digest::date).toList());
        List<String> skipped = earlier.skipped();
        assertEquals(4, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("digests/2024-09-14/digest.json: skipped, not a readable digest"),
                skipped.get(0));
        assertEquals("digests/2024-09-13/digest.json: skipped, cannot be read: read digests/2024-09-13/digest.json:"
                + " SlowDown (503)", skipped.get(1));
        assertEquals("digests/2024-09-12/digest.json: skipped, not the digest of 2024-09-12", skipped.get(2));
        assertTrue(skipped.get(3).startsWith("digests/2024-09-11/digest.json: skipped, not a readable digest"));
        for (String line : skipped) {
            assertTrue(!line.contains("\n") && line.length() < 400, line);
        }
    }

    @Test
    void of_a_large_earlier_digest_only_what_the_comparison_reads_is_kept() {
        List<io.newsdigest.digest.Evidence> quotes = new java.util.ArrayList<>();
        List<String> keys = new java.util.ArrayList<>();
        List<io.newsdigest.digest.ArticleRef> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            keys.add("k" + i);
            quotes.add(new io.newsdigest.digest.Evidence("k" + i, "The dam burst, outlet " + i + " wrote."));
            articles.add(new io.newsdigest.digest.ArticleRef("k" + i, "Title " + i, "Outlet " + i, null, null));
        }
        io.newsdigest.digest.Story big = new io.newsdigest.digest.Story("s", "Dam bursts", articles,
                List.of(new io.newsdigest.digest.SharedFact("The dam burst.", keys, quotes)), List.of(), List.of());
        Archive archive = new Archive();
        archive.json.put(LocalDate.parse("2024-09-14"), Json.write(new Digest("2024-09-14", 50, List.of(),
                List.of(big))));

        io.newsdigest.digest.Story kept = new DigestHistory(archive, 1).before(DAY).digests().get(0).stories().get(0);

        assertEquals("The dam burst.", kept.sharedFacts().get(0).text());
        assertEquals(quotes.subList(0, ReportedStory.QUOTES), kept.sharedFacts().get(0).evidence());
        assertEquals(ReportedStory.TITLES, kept.articles().size(), "the first titles, which include the quoted");
        assertEquals("Dam bursts", kept.headline());
    }

    @Test
    void reads_the_outline_kept_beside_a_digest_and_the_digest_where_the_outline_is_missing_or_unusable() {
        Archive archive = new Archive();
        for (String d : List.of("2024-09-14", "2024-09-13", "2024-09-12", "2024-09-11")) {
            Digest digest = headlined(d, "From the digest");
            archive.keep(LocalDate.parse(d), new DigestFiles(Json.write(digest), "", "",
                    DigestHistory.outlineJson(headlined(d, "From the outline"))));
        }
        archive.outlines.put(LocalDate.parse("2024-09-13"), "{\"date\": \"2024-09-13\", \"stories\": [");
        archive.outlines.put(LocalDate.parse("2024-09-12"), DigestHistory.outlineJson(headlined("2024-08-01", "Old")));
        archive.outlines.remove(LocalDate.parse("2024-09-11"));

        EarlierDigests earlier = new DigestHistory(archive, 4).before(DAY);

        assertEquals(List.of("From the outline", "From the digest", "From the digest", "From the digest"),
                earlier.digests().stream().map(d -> d.stories().get(0).headline()).toList());
        assertEquals(List.of(), earlier.skipped(), "a digest read in place of its outline is not a day skipped");
        assertEquals(List.of(LocalDate.parse("2024-09-13"), LocalDate.parse("2024-09-12"),
                LocalDate.parse("2024-09-11")), archive.asked, "the digest is not read where its outline serves");
    }

    private static Digest headlined(String date, String headline) {
        return new Digest(date, 1, List.of(), List.of(new io.newsdigest.digest.Story("s1", headline, List.of(),
                List.of(), List.of(), List.of())));
    }

    @Test
    void zero_days_reads_nothing() {
        Archive archive = new Archive();
        archive.json.put(LocalDate.parse("2024-09-14"), digestOf("2024-09-14"));

        EarlierDigests earlier = new DigestHistory(archive, 0).before(DAY);

        assertEquals(List.of(), earlier.digests());
        assertEquals(List.of(), archive.asked);
    }
}
