package io.newsdigest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Settlement;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outline of a digest's JSON, read with jackson-core's streaming parser: what is needed to tell what a digest
 * reported, and no more, so that reading a week of large digests costs little beside a day's run. Of each story:
 * its id, headline, claims of one source, {@code continues}, {@code changes} and {@code settled} whole (a figure
 * a digest gave only as a change was reported all the same); each shared fact and each side of a disagreement
 * with its first {@code quotes} supporters and quotes; of its articles, the first {@code titles} and those the
 * kept supporters, quotes and claims refer to. The digest's {@code rejected} comes back empty. What is not kept
 * is skipped, never built.
 *
 * <p>The records are the ones {@link Json#read} would give for the same text, cut to the outline: a field that
 * data binding would refuse (a missing list, an object where a string belongs) makes the text unreadable here too.
 * Malformed or refused text throws {@link UncheckedIOException}, its message saying where, as does a
 * stream that fails.
 */
public final class DigestOutlineJson {

    private final int quotes;
    private final int titles;

    /**
     * @param quotes supporters and quotes kept of each fact and side
     * @param titles articles kept of each story besides those referred to
     */
    public DigestOutlineJson(int quotes, int titles) {
        if (quotes < 0 || titles < 0) {
            throw new IllegalArgumentException("quotes and titles must not be negative: " + quotes + ", " + titles);
        }
        this.quotes = quotes;
        this.titles = titles;
    }

    /**
     * The outline of the digest {@code json} holds, read through once; null for a text whose value is JSON
     * {@code null}. Strings are taken from {@code pool} when an equal one was read through it before, and added to
     * it otherwise, so that what several digests repeat (articles' keys and outlets, facts reported day after day)
     * is held once.
     */
    public Digest read(InputStream json, Map<String, String> pool) {
        try (JsonParser p = JsonStreams.FACTORY.createParser(json)) {
            return new Reading(pool).digest(p, p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException("not a Digest: " + e.getMessage(), e);
        }
    }

    /**
     * The outline of {@code digest}, made from its records: what {@link #read} gives from the digest's JSON. An
     * archive keeps it beside the digest, so that a later run reads a few megabytes for a day instead of the whole
     * digest.
     */
    public Digest outline(Digest digest) {
        List<Story> stories = new ArrayList<>();
        for (Story s : digest.stories()) {
            List<SharedFact> facts = new ArrayList<>();
            for (SharedFact f : s.sharedFacts()) {
                facts.add(new SharedFact(f.text(), first(f.supportedBy()), first(f.evidence()), f.fresh()));
            }
            List<Disagreement> disagreements = new ArrayList<>();
            for (Disagreement d : s.disagreements()) {
                List<Side> sides = new ArrayList<>();
                for (Side side : d.sides()) {
                    sides.add(new Side(side.text(), first(side.supportedBy()), first(side.evidence())));
                }
                disagreements.add(new Disagreement(d.topic(), d.kind(), sides));
            }
            List<ArticleRef> articles = referred(s.articles(), facts, disagreements, s.uniqueClaims());
            stories.add(new Story(s.id(), s.headline(), articles, facts, disagreements, s.uniqueClaims(),
                    s.continues(), s.changes(), s.settled()));
        }
        return new Digest(digest.date(), digest.articleCount(), List.of(), stories);
    }

    private <T> List<T> first(List<T> list) {
        return list.subList(0, Math.min(quotes, list.size()));
    }

    /** The first {@link #titles} articles and those a kept supporter, quote or claim refers to, in order. */
    private List<ArticleRef> referred(List<ArticleRef> articles, List<SharedFact> facts,
            List<Disagreement> disagreements, List<UniqueClaim> claims) {
        Set<String> keys = new HashSet<>();
        for (SharedFact f : facts) {
            refer(keys, f.supportedBy(), f.evidence());
        }
        for (Disagreement d : disagreements) {
            for (Side s : d.sides()) {
                refer(keys, s.supportedBy(), s.evidence());
            }
        }
        for (UniqueClaim c : claims) {
            keys.add(c.article());
        }
        List<ArticleRef> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleRef a = articles.get(i);
            if (i < titles || keys.contains(a.key())) {
                out.add(a);
            }
        }
        return out;
    }

    private static void refer(Set<String> keys, List<String> supportedBy, List<Evidence> evidence) {
        keys.addAll(supportedBy);
        for (Evidence e : evidence) {
            keys.add(e.article());
        }
    }

    /** One reading through a pool of strings. */
    private final class Reading {

        private final Map<String, String> pool;

        Reading(Map<String, String> pool) {
            this.pool = pool;
        }

        private Digest digest(JsonParser p, JsonToken first) throws IOException {
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(p, first, JsonToken.START_OBJECT);
            String date = null;
            int articleCount = 0;
            List<Story> stories = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "date" -> date = text(p, t);
                    case "articleCount" -> articleCount = t == JsonToken.VALUE_NULL ? 0 : p.getValueAsInt();
                    case "stories" -> stories = stories(p, t);
                    default -> p.skipChildren();
                }
            }
            if (stories == null) {
                throw new JsonParseException(p, "no stories");
            }
            return new Digest(date, articleCount, List.of(), stories);
        }

        private List<Story> stories(JsonParser p, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(p, t, JsonToken.START_ARRAY);
            List<Story> out = new ArrayList<>();
            for (JsonToken s = p.nextToken(); s != JsonToken.END_ARRAY; s = p.nextToken()) {
                out.add(story(p, s));
            }
            return out;
        }

        private Story story(JsonParser p, JsonToken t) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            String id = null;
            String headline = null;
            List<ArticleRef> articles = null;
            List<SharedFact> facts = null;
            List<Disagreement> disagreements = null;
            List<UniqueClaim> claims = null;
            Continuation continues = null;
            List<Change> changes = null;
            List<Settlement> settled = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "id" -> id = text(p, v);
                    case "headline" -> headline = text(p, v);
                    case "articles" -> articles = list(p, v, Integer.MAX_VALUE, this::article);
                    case "sharedFacts" -> facts = list(p, v, Integer.MAX_VALUE, this::fact);
                    case "disagreements" -> disagreements = list(p, v, Integer.MAX_VALUE, this::disagreement);
                    case "uniqueClaims" -> claims = list(p, v, Integer.MAX_VALUE, this::claim);
                    case "continues" -> continues = v == JsonToken.VALUE_NULL ? null : continuation(p, v);
                    case "changes" -> changes = list(p, v, Integer.MAX_VALUE, this::change);
                    case "settled" -> settled = list(p, v, Integer.MAX_VALUE, this::settlement);
                    default -> p.skipChildren();
                }
            }
            if (articles == null || facts == null || disagreements == null || claims == null) {
                throw new JsonParseException(p, "a story without articles, sharedFacts, disagreements or uniqueClaims");
            }
            return new Story(id, headline, referred(articles, facts, disagreements, claims), facts, disagreements,
                    claims, continues, changes, settled);
        }

        private ArticleRef article(JsonParser p, JsonToken t) throws IOException {
            String[] f = texts(p, t, "key", "title", "source", "published", "url", "copyOf");
            return new ArticleRef(f[0], f[1], f[2], f[3], f[4], f[5]);
        }

        /** What a fact and a side of a disagreement hold: a text, its first supporters and quotes; a fact, if new. */
        private record Held(String text, List<String> supportedBy, List<Evidence> evidence, Boolean fresh) {
        }

        private SharedFact fact(JsonParser p, JsonToken t) throws IOException {
            Held h = held(p, t);
            return new SharedFact(h.text(), h.supportedBy(), h.evidence(), h.fresh());
        }

        private Side side(JsonParser p, JsonToken t) throws IOException {
            Held h = held(p, t);
            return new Side(h.text(), h.supportedBy(), h.evidence());
        }

        private Held held(JsonParser p, JsonToken t) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            String text = null;
            List<String> supportedBy = null;
            List<Evidence> evidence = null;
            Boolean fresh = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "text" -> text = text(p, v);
                    case "supportedBy" -> supportedBy = list(p, v, quotes, this::text);
                    case "evidence" -> evidence = list(p, v, quotes, this::evidence);
                    case "new" -> fresh = v == JsonToken.VALUE_NULL ? null : p.getValueAsBoolean();
                    default -> p.skipChildren();
                }
            }
            if (supportedBy == null || evidence == null) {
                throw new JsonParseException(p, "a fact or side without supportedBy or evidence");
            }
            return new Held(text, supportedBy, evidence, fresh);
        }

        private Disagreement disagreement(JsonParser p, JsonToken t) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            String topic = null;
            String kind = null;
            List<Side> sides = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "topic" -> topic = text(p, v);
                    case "kind" -> kind = text(p, v);
                    case "sides" -> sides = list(p, v, Integer.MAX_VALUE, this::side);
                    default -> p.skipChildren();
                }
            }
            if (sides == null) {
                throw new JsonParseException(p, "a disagreement without sides");
            }
            return new Disagreement(topic, kind, sides);
        }

        private Evidence evidence(JsonParser p, JsonToken t) throws IOException {
            String[] f = texts(p, t, "article", "text");
            return new Evidence(f[0], f[1]);
        }

        private UniqueClaim claim(JsonParser p, JsonToken t) throws IOException {
            String[] f = texts(p, t, "text", "article");
            return new UniqueClaim(f[0], f[1]);
        }

        private Continuation continuation(JsonParser p, JsonToken t) throws IOException {
            String[] f = texts(p, t, "date", "storyId", "headline");
            if (f[0] == null || f[1] == null) {
                throw new JsonParseException(p, "a continuation without date or storyId");
            }
            return new Continuation(f[0], f[1], f[2]);
        }

        private Change change(JsonParser p, JsonToken t) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            String topic = null;
            Change.Before before = null;
            Change.Now now = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "topic" -> topic = text(p, v);
                    case "before" -> before = v == JsonToken.VALUE_NULL ? null : before(p, v);
                    case "now" -> now = v == JsonToken.VALUE_NULL ? null : now(p, v);
                    default -> p.skipChildren();
                }
            }
            if (before == null || now == null) {
                throw new JsonParseException(p, "a change without before or now");
            }
            return new Change(topic, before, now);
        }

        private Change.Before before(JsonParser p, JsonToken t) throws IOException {
            Valued v = valued(p, t);
            return new Change.Before(v.text(), v.date(), v.sources(), v.quote());
        }

        private Change.Now now(JsonParser p, JsonToken t) throws IOException {
            Valued v = valued(p, t);
            return new Change.Now(v.text(), v.sources(), v.quote());
        }

        /** What either side of a change holds: a figure as written, a day (before only), outlets and a quote. */
        private record Valued(String text, String date, List<String> sources, String quote) {
        }

        private Valued valued(JsonParser p, JsonToken t) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            String[] f = new String[3];
            List<String> sources = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "text" -> f[0] = text(p, v);
                    case "date" -> f[1] = text(p, v);
                    case "quote" -> f[2] = text(p, v);
                    case "sources" -> sources = list(p, v, Integer.MAX_VALUE, this::text);
                    default -> p.skipChildren();
                }
            }
            if (sources == null) {
                throw new JsonParseException(p, "a value of a change without sources");
            }
            return new Valued(f[0], f[1], sources, f[2]);
        }

        private Settlement settlement(JsonParser p, JsonToken t) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            String topic = null;
            String date = null;
            String text = null;
            List<String> sources = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "topic" -> topic = text(p, v);
                    case "date" -> date = text(p, v);
                    case "text" -> text = text(p, v);
                    case "sources" -> sources = list(p, v, Integer.MAX_VALUE, this::text);
                    default -> p.skipChildren();
                }
            }
            if (sources == null) {
                throw new JsonParseException(p, "a settlement without sources");
            }
            return new Settlement(topic, date, text, sources);
        }

        /** One value of a list, read from its first token. */
        private interface Element<T> {
            T read(JsonParser p, JsonToken first) throws IOException;
        }

        /** The first {@code n} elements of an array (null for JSON null), the rest skipped; a null element refused. */
        private <T> List<T> list(JsonParser p, JsonToken t, int n, Element<T> element) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(p, t, JsonToken.START_ARRAY);
            List<T> out = new ArrayList<>();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e == null || e == JsonToken.VALUE_NULL) {
                    throw new JsonParseException(p, e == null ? "unexpected end of input" : "a null in a list");
                }
                if (out.size() < n) {
                    out.add(element.read(p, e));
                } else {
                    p.skipChildren();
                }
            }
            return out;
        }

        /** The fields {@code names} of an object, in that order, as {@link #text}; null when absent; others skipped. */
        private String[] texts(JsonParser p, JsonToken t, String... names) throws IOException {
            expect(p, t, JsonToken.START_OBJECT);
            List<String> wanted = Arrays.asList(names);
            String[] out = new String[names.length];
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                int i = wanted.indexOf(name);
                if (i >= 0) {
                    out[i] = text(p, v);
                } else {
                    p.skipChildren();
                }
            }
            return out;
        }

        /** A string, or a number or boolean as written; null for JSON null; an object or array refused. */
        private String text(JsonParser p, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == null || !t.isScalarValue()) {
                throw new JsonParseException(p, "expected a string, found " + t);
            }
            String read = p.getText();
            String known = pool.putIfAbsent(read, read);
            return known != null ? known : read;
        }

        private void expect(JsonParser p, JsonToken found, JsonToken wanted) throws JsonParseException {
            if (found != wanted) {
                throw new JsonParseException(p, "expected " + wanted + ", found "
                        + (found == null ? "the end" : found));
            }
        }
    }
}
