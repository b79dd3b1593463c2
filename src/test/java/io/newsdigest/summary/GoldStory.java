package io.newsdigest.summary;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A gold story folder ({@code gold.json} beside {@code articles/}, the format of the evaluation README) and the
 * measures the evaluation scorer takes of a digest against it: which gold facts a reported shared fact quotes,
 * which gold disagreements a reported one quotes on two different sides.
 */
record GoldStory(Path dir, Set<String> files, List<List<String>> facts, List<List<String>> allFacts,
        List<List<List<String>>> disagreements) {

    static GoldStory read(Path dir) throws IOException {
        JsonNode g = Json.mapper().readTree(Files.readString(dir.resolve("gold.json")));
        Set<String> files = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = g.path("articles").fields(); it.hasNext(); ) {
            files.add(it.next().getValue().asText());
        }
        List<List<String>> facts = spans(g.path("shared_facts"));
        List<List<String>> all = new ArrayList<>(facts);
        all.addAll(spans(g.path("single_source_notable")));
        List<List<List<String>>> dis = new ArrayList<>();
        for (JsonNode d : g.path("disagreements")) {
            dis.add(spans(d.path("sides")));
        }
        return new GoldStory(dir, files, facts, all, dis);
    }

    private static List<List<String>> spans(JsonNode items) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode item : items) {
            List<String> s = new ArrayList<>();
            item.path("evidence").forEach(e -> s.add(norm(e.asText())));
            out.add(s);
        }
        return out;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00a0', ' ');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String base(String key) {
        String k = key.replace('\\', '/');
        return k.substring(k.lastIndexOf('/') + 1);
    }

    /** The digest's story sharing the most articles with this gold story. */
    Story storyIn(Digest digest) {
        Story best = null;
        int bestCount = 0;
        for (Story s : digest.stories()) {
            int n = (int) s.articles().stream().filter(a -> files.contains(base(a.key()))).count();
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
        }
        return best;
    }

    private static List<String> sentences(String text, List<Evidence> evidence) {
        List<String> out = new ArrayList<>(List.of(norm(text)));
        evidence.forEach(e -> out.add(norm(e.text())));
        return out;
    }

    private static boolean hit(List<String> spans, List<String> sentences) {
        return spans.stream().anyMatch(sp -> sentences.stream().anyMatch(s -> s.contains(sp)));
    }

    /** Gold facts that some reported shared fact (of two or more articles) quotes. */
    int factsFound(Story story) {
        int found = 0;
        for (List<String> fact : facts) {
            boolean hit = false;
            for (SharedFact f : story.sharedFacts()) {
                hit |= f.supportedBy().size() >= 2 && hit(fact, sentences(f.text(), f.evidence()));
            }
            found += hit ? 1 : 0;
        }
        return found;
    }

    /** Reported shared facts that quote some gold fact or gold single-source statement. */
    int factsMatching(Story story) {
        int n = 0;
        for (SharedFact f : story.sharedFacts()) {
            List<String> s = sentences(f.text(), f.evidence());
            n += allFacts.stream().anyMatch(g -> hit(g, s)) ? 1 : 0;
        }
        return n;
    }

    /** Gold disagreements some reported disagreement quotes on two different sides. */
    int disagreementsFound(Story story) {
        int found = 0;
        for (List<List<String>> gold : disagreements) {
            boolean hit = false;
            for (Disagreement d : story.disagreements()) {
                hit |= quotesTwoSides(gold, d);
            }
            found += hit ? 1 : 0;
        }
        return found;
    }

    private static boolean quotesTwoSides(List<List<String>> gold, Disagreement d) {
        List<Side> sides = d.sides();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                for (int p = 0; p < sides.size(); p++) {
                    for (int q = 0; q < sides.size(); q++) {
                        if (i != j && p != q && hit(gold.get(i), sentences(sides.get(p).text(), sides.get(p).evidence()))
                                && hit(gold.get(j), sentences(sides.get(q).text(), sides.get(q).evidence()))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
