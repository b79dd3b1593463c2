package io.newsdigest.summary;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.article.Article;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.StoryArticles;
import io.newsdigest.summary.disagreement.DisagreementFinder;
import io.newsdigest.text.TermAnalyzer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Summarizes one story: its shared facts ({@link FactFinder}), disagreements ({@link DisagreementFinder}), unique
 * claims ({@link UniqueClaimFinder}) and headline ({@link HeadlinePicker}). A story's id is a hash of its
 * members' content hashes, so the same articles always give the same id.
 */
final class StorySummarizer {

    private final QuantityReader quantities;
    private final FactFinder facts = new FactFinder(FactFinder.DEFAULTS);
    private final HeadlinePicker headlines = new HeadlinePicker();
    private final DisagreementFinder disagreementFinder;
    private final UniqueClaimFinder uniqueClaims = new UniqueClaimFinder(4);
    private final ConsistentFacts consistent = new ConsistentFacts();

    StorySummarizer(QuantityReader quantities, TermAnalyzer analyzer) {
        this.quantities = quantities;
        this.disagreementFinder = new DisagreementFinder(analyzer, 5);
    }

    Story summarize(StoryArticles story) {
        List<ArticleRef> refs = new ArrayList<>();
        for (int i = 0; i < story.articles().size(); i++) {
            Article x = story.articles().get(i).article();
            int original = story.sourceOf().get(i);
            refs.add(new ArticleRef(x.key(), x.title(), x.source(), x.published(), x.url(),
                    original == i ? null : story.articles().get(original).key()));
        }
        // the quantities of a sentence the story's articles share are read once
        Map<String, List<Quantity>> figures = new HashMap<>();
        StoryReading reading = new StoryReading(story,
                sentence -> figures.computeIfAbsent(sentence.text(), text -> quantities.read(sentence)));
        List<FactFinder.Group> groups = story.independentSources() > 1 ? facts.groups(reading) : List.of();
        DisagreementFinder.Findings findings = disagreementFinder.findAll(reading);
        List<SharedFact> shared = facts.facts(reading, groups, toldAsClaimSide(reading, findings),
                consistent.check(reading, findings));
        List<Disagreement> disagreements = findings.reported();
        String fallback = shared.isEmpty() ? firstSentence(story) : shared.get(0).text();
        String headline = headlines.pick(reading, fallback);
        List<UniqueClaim> unique = uniqueClaims.find(reading, groups, headline, disagreements);
        return new Story(id(story), headline, refs, shared, disagreements, unique);
    }

    /**
     * Whether the disagreements already tell a fact: every sentence aligned as that fact stands on one side of a
     * reported disagreement over a claim (two reports quoting a spokesman's denial, set against those blaming his
     * side). It is shown there, beside the other side, and once is enough. Sentences on both sides of it are not
     * one side: they meet on something else, which stays agreed.
     */
    private static Predicate<SharedFact> toldAsClaimSide(StoryReading reading, DisagreementFinder.Findings findings) {
        if (findings.reported().isEmpty()) {
            return fact -> false;
        }
        return fact -> {
            List<Integer> ids = new ArrayList<>();
            for (Evidence e : fact.evidence()) {
                Statement s = reading.quoted(e.article(), e.text());
                ids.add(s == null ? null : s.id());
            }
            return !ids.contains(null) && findings.oneSideOfReportedClaim(ids);
        };
    }

    private static String firstSentence(StoryArticles story) {
        for (ArticleText a : story.articles()) {
            if (!a.sentences().isEmpty()) {
                return a.sentences().get(0).text();
            }
        }
        return story.articles().get(0).key();
    }

    /** A stable id: a hash of the members' content hashes (their keys when unknown). */
    private static String id(StoryArticles story) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (ArticleText a : story.articles()) {
                String s = a.article().sha256() != null ? a.article().sha256() : a.key();
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
