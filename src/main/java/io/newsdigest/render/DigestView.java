package io.newsdigest.render;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Settlement;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A digest as the e-mail templates read it: every sentence a reader sees, already worded ("Agreed by 3 of 4
 * sources"), with each article named by its outlet ({@link OutletName}), the same name in every place. Values
 * are plain text; escaping is the template engine's job.
 */
public record DigestView(
        String subject,
        String day,
        String counts,
        List<StoryView> stories,
        List<RejectedView> rejected,
        String stopReceiving) {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public DigestView {
        stories = List.copyOf(stories);
        rejected = List.copyOf(rejected);
    }

    public static DigestView of(Digest digest) {
        return of(digest, null);
    }

    /**
     * @param unsubscribeAddress where a request to stop the digest can be mailed, named in the footer; null when
     *                           the footer names none
     */
    public static DigestView of(Digest digest, String unsubscribeAddress) {
        LocalDate day = LocalDate.parse(digest.date());
        List<StoryView> stories = new ArrayList<>();
        for (Story s : digest.stories()) {
            stories.add(StoryView.of(stories.size() + 1, s, day));
        }
        List<RejectedView> rejected = digest.rejected().stream()
                .map(r -> new RejectedView(r.key(), r.reason())).toList();
        int continuing = (int) digest.stories().stream().filter(s -> s.continues() != null).count();
        String counts = digest.articleCount() == 0
                ? "No new articles arrived for this day."
                : SubjectLine.counts(digest.stories().size(), continuing, digest.articleCount());
        return new DigestView(SubjectLine.of(day, digest.stories().size(), continuing, digest.articleCount()),
                LONG_DAY.format(day), counts, stories, rejected, stopReceiving(unsubscribeAddress));
    }

    private static String stopReceiving(String unsubscribeAddress) {
        String button = "To stop receiving this digest, use the unsubscribe button of your mail program";
        return unsubscribeAddress == null ? button + ", or ask its sender to remove you."
                : button + ", or write to " + unsubscribeAddress + " with the subject \"unsubscribe\".";
    }

    public boolean empty() {
        return stories.isEmpty();
    }

    public boolean hasRejected() {
        return !rejected.isEmpty();
    }

    public String rejectedCount() {
        return "Could not be read (" + SubjectLine.count(rejected.size(), "upload", "uploads") + ")";
    }

    /**
     * One story; {@code coverage} names its sources ("3 sources: A, B and C"); {@code glance} counts its sources
     * and disagreements for the contents list ("3 sources, 1 disagreement"); {@code anchor} is its fragment id in
     * the HTML part. A story that continues one of an earlier digest says so ({@code continuation}); its
     * {@code facts} are then only the new ones, under {@code factsHeading} ("New since 12 Sep"), and those reported
     * before are folded into {@code reportedLine} ("Still reported: 6 facts from earlier digests") with
     * {@code reported} listed small below it; with nothing new at all it is the one {@code nothingNewLine}.
     */
    public record StoryView(int number, String headline, String coverage, String glance, List<FactView> facts,
                            List<DifferenceView> differences, List<ClaimView> claims, List<ArticleView> articles,
                            String continuation, String factsHeading, List<ChangeView> changes,
                            List<SettledView> settled, String reportedLine, List<FactView> reported,
                            String nothingNewLine, String claimsHeading) {

        static StoryView of(int number, Story story, LocalDate day) {
            Sources names = new Sources();
            List<ArticleView> articles = new ArrayList<>();
            for (ArticleRef a : story.articles()) {
                String source = OutletName.of(a);
                names.add(a, source);
                SafeLink link = SafeLink.of(a.url()).orElse(null);
                articles.add(new ArticleView(a.title() != null ? a.title() : OutletName.fileStem(a.key()), source,
                        a.published(), link == null ? null : link.href(), link == null ? null : link.host()));
            }
            List<String> everyKey = story.articles().stream().map(ArticleRef::key).toList();
            int all = names.count(everyKey);
            List<FactView> facts = new ArrayList<>();
            List<FactView> reported = new ArrayList<>();
            for (SharedFact f : story.sharedFacts()) {
                FactView view = new FactView(closed(f.text()),
                        "Agreed by " + names.count(f.supportedBy()) + " of " + SubjectLine.count(all, "source", "sources"),
                        names.joined(f.supportedBy()));
                (f.fresh() || story.continues() == null ? facts : reported).add(view);
            }
            List<DifferenceView> differences = new ArrayList<>();
            for (Disagreement d : story.disagreements()) {
                List<SideView> sides = new ArrayList<>();
                for (Side side : d.sides()) {
                    sides.add(new SideView(quoted(closed(side.text())), names.joined(side.supportedBy())));
                }
                differences.add(new DifferenceView(d.topic(), kindLabel(d.kind()), sides));
            }
            List<ClaimView> claims = new ArrayList<>();
            for (UniqueClaim c : story.uniqueClaims()) {
                claims.add(new ClaimView(quoted(closed(c.text())), names.nameOf(c.article())));
            }
            String sourceCount = SubjectLine.count(all, "source", "sources");
            String glance = sourceCount + ", " + (differences.isEmpty() ? "no disagreements"
                    : SubjectLine.count(differences.size(), "disagreement", "disagreements"));
            String coverage = sourceCount + ": " + names.joined(everyKey);
            // a story of one source: all it says is its own, and its claims are what it reports
            String claimsHeading = all > 1 ? "Only one source says" : "What it reports";
            Continuation c = story.continues();
            if (c == null) {
                return new StoryView(number, story.headline(), coverage, glance, facts, differences, claims, articles,
                        null, "What the sources agree on", List.of(), List.of(), null, List.of(), null, claimsHeading);
            }
            String since = shortDay(c.date());
            List<ChangeView> changes = new ArrayList<>();
            for (Change ch : story.changes()) {
                changes.add(new ChangeView(ch.topic(), ch.before().text() + " (" + shortDay(ch.before().date()) + ": "
                        + joined(ch.before().sources()) + ")",
                        ch.now().text() + " (" + SHORT_DAY.format(day) + ": " + joined(ch.now().sources()) + ")"));
            }
            List<SettledView> settled = new ArrayList<>();
            for (Settlement st : story.settled()) {
                settled.add(new SettledView(capitalized(st.topic()) + ", disputed on " + shortDay(st.date()),
                        quoted(closed(st.text())), joined(st.sources())));
            }
            String reportedLine = reported.isEmpty() ? null : "Still reported: "
                    + SubjectLine.count(reported.size(), "fact", "facts") + " from earlier digests";
            String nothingNew = story.hasNothingNew() ? "No new facts since " + since + "; "
                    + SubjectLine.count(story.articles().size(), "more article", "more articles") : null;
            String continuing = nothingNew != null ? "continues " + since + ", nothing new"
                    : "continues " + since + (changes.isEmpty() ? "" : ", "
                            + SubjectLine.count(changes.size(), "figure moved", "figures moved"))
                            + (settled.isEmpty() ? "" : ", " + SubjectLine.count(settled.size(), "dispute settled",
                                    "disputes settled"));
            return new StoryView(number, story.headline(), coverage, continuing + "; " + glance, facts, differences,
                    claims, articles, "Continues the story of " + since + ": " + c.headline(), "New since " + since,
                    changes, settled, reportedLine, reported, nothingNew, claimsHeading);
        }

        public boolean continuing() {
            return continuation != null;
        }

        public boolean hasNothingNew() {
            return nothingNewLine != null;
        }

        /** Everything but the one line of a story with nothing new. */
        public boolean hasNews() {
            return nothingNewLine == null;
        }

        public boolean hasChanges() {
            return !changes.isEmpty();
        }

        public boolean hasSettled() {
            return !settled.isEmpty();
        }

        public boolean hasReported() {
            return !reported.isEmpty();
        }

        public String anchor() {
            return "story-" + number;
        }

        public boolean hasFacts() {
            return !facts.isEmpty();
        }

        public boolean hasDifferences() {
            return !differences.isEmpty();
        }

        public boolean hasClaims() {
            return !claims.isEmpty();
        }
    }

    /** A figure that moved: what it counts, then and now ("at least 40 (12 Sep: A)", "112 (13 Sep: B and C)"). */
    public record ChangeView(String topic, String before, String now) {
    }

    /** A disagreement of an earlier digest that today's sources settle: what and when, what they now say, who. */
    public record SettledView(String topic, String quote, String sources) {
    }

    /** A shared fact: its text, "Agreed by N of M sources", and the agreeing sources by name. */
    public record FactView(String text, String agreement, String sources) {
    }

    /** A disagreement: what it is about, what kind of difference, and each side with who holds it. */
    public record DifferenceView(String topic, String kind, List<SideView> sides) {
    }

    /** One side of a disagreement: its wording in quotation marks, and who holds it. */
    public record SideView(String quote, String sources) {
    }

    /** A claim only one source makes, in quotation marks, with that source. */
    public record ClaimView(String quote, String source) {
    }

    /** An article of a story; {@code href} and {@code host} are null unless it has a safe web link. */
    public record ArticleView(String title, String source, String published, String href, String host) {
    }

    public record RejectedView(String key, String reason) {
    }

    /**
     * The sources of a story's articles by name: a near-copy counts as the source of the article it copies, and
     * the outlets that ran a copy are named beside it ("Northern Wire (also run by Coastline Daily)").
     */
    private static final class Sources {
        private final Map<String, String> nameOf = new LinkedHashMap<>();
        private final Map<String, String> originalOf = new LinkedHashMap<>();

        void add(ArticleRef a, String name) {
            nameOf.put(a.key(), name);
            originalOf.put(a.key(), a.copyOf() == null ? a.key() : a.copyOf());
        }

        String nameOf(String key) {
            return nameOf.getOrDefault(key, OutletName.fileStem(key));
        }

        /** How many different sources these articles come from. */
        int count(Collection<String> keys) {
            return grouped(keys).size();
        }

        /** "A, B (also run by C) and D". */
        String joined(Collection<String> keys) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : grouped(keys).entrySet()) {
                out.add(e.getValue().isEmpty() ? e.getKey()
                        : e.getKey() + " (also run by " + DigestView.joined(e.getValue()) + ")");
            }
            return DigestView.joined(out);
        }

        /** By the name of each source, the other names its copies ran under. */
        private Map<String, Set<String>> grouped(Collection<String> keys) {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            for (String k : keys) {
                out.computeIfAbsent(nameOf(originalOf.getOrDefault(k, k)), n -> new LinkedHashSet<>());
            }
            for (String k : keys) {
                String original = nameOf(originalOf.getOrDefault(k, k));
                String name = nameOf(k);
                if (!name.equals(original)) {
                    out.get(original).add(name);
                }
            }
            return out;
        }
    }

    /**
     * A sentence cut from a quotation that runs over several sentences, with the mark it lost at its edge given
     * back: {@code We will help everyone,” he said.} opens with one, {@code He said: “We will help.} closes with
     * one. Curly marks are counted; a lone straight mark is matched at the other end. Anything else is left as
     * written.
     */
    static String closed(String text) {
        String t = text.strip();
        int opening = count(t, '\u201c');
        int closing = count(t, '\u201d');
        if (closing > opening && (opening == 0 || t.indexOf('\u201d') < t.indexOf('\u201c'))) {
            return "\u201c" + t;
        }
        if (opening > closing && t.lastIndexOf('\u201c') > t.lastIndexOf('\u201d')) {
            return t + "\u201d";
        }
        if (count(t, '"') == 1) {
            return t.startsWith("\"") ? t + "\"" : "\"" + t;
        }
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** {@code text} in quotation marks, unless it opens with a quotation of its own. */
    static String quoted(String text) {
        String t = text.strip();
        if (!t.isEmpty() && "\"'\u201c\u2018\u201e\u00ab".indexOf(t.charAt(0)) >= 0) {
            return t;
        }
        return "\u201c" + t + "\u201d";
    }

    /** "12 Sep" for {@code 2024-09-12}; the text as it is when it is not a date. */
    private static String shortDay(String date) {
        try {
            return SHORT_DAY.format(LocalDate.parse(date));
        } catch (RuntimeException e) {
            return String.valueOf(date);
        }
    }

    private static String capitalized(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    private static String kindLabel(String kind) {
        return switch (kind == null ? "" : kind) {
            case "number" -> "Figures differ";
            case "date" -> "Dates differ";
            case "negation" -> "One denies what another states";
            case "attribution" -> "Attributed differently";
            default -> "Accounts differ";
        };
    }
}
