package io.newsdigest.summary;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;
import io.newsdigest.port.Progress;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.story.ArticleTerms;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.StoryArticles;
import io.newsdigest.story.StoryClusterer;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Builds one day's {@link Digest} from its parsed articles: groups them into stories ({@link StoryClusterer}),
 * then tells for each story what its sources agree on, where they differ and what only one says
 * ({@link StorySummarizer}). Stories are ordered by how many independent sources cover them. Pure and
 * deterministic: the same articles in the same order give the same digest, byte for byte.
 *
 * <p>Memory stays near the size of the articles themselves plus two tenths of the heap: grouping needs only each
 * article's {@link ArticleTerms}; analyzed articles are kept for summarizing while they fit in a tenth of the
 * heap, the others analyzed again when their story is summarized, and each is dropped once its story is done. A
 * sentence several articles share (wire copies, the same wording) is analyzed once for the day while the day's
 * shared analyses fit in another tenth (kept articles share them), else once for its story.
 * Articles are read in parallel on the common fork-join pool, and stories summarized on one worker per core
 * (one task per story, the largest first; results keep their order), so a Lambda function with two vCPUs uses
 * both.
 */
public final class DigestEngine {

    /**
     * Share of the heap that analyzed articles may take between grouping and summarizing, and that the day's shared
     * sentence analyses may take.
     */
    private static final double KEEP_SHARE = 0.1;
    /**
     * Heap an analyzed article takes per character of its text (its tokens, terms and their strings): 23.3 bytes
     * measured over the benchmark's day of 1,000 articles, rounded up.
     */
    private static final int BYTES_PER_CHAR = 24;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final StoryClusterer clusterer;
    private final StorySummarizer summarizer;
    private final double keepShare;

    public DigestEngine() {
        this(KEEP_SHARE);
    }

    /** An engine that keeps analyzed articles within {@code keepShare} of the heap (0: none, 1: all that fit). */
    DigestEngine(double keepShare) {
        this.clusterer = new StoryClusterer();
        this.summarizer = summarizer(new TermAnalyzer());
        this.keepShare = keepShare;
    }

    private static StorySummarizer summarizer(TermAnalyzer analyzer) {
        return new StorySummarizer(new QuantityReader(analyzer), analyzer);
    }

    /**
     * @param date     the day, {@code YYYY-MM-DD}
     * @param articles the day's distinct articles; their order only breaks ties
     * @param rejected uploads that could not be read, carried into the digest
     */
    public Digest summarize(String date, List<Article> articles, List<Rejection> rejected) {
        return summarize(date, articles, rejected, Progress.NONE);
    }

    /** As {@link #summarize(String, List, List)}, telling {@code progress} of each story summarized. */
    public Digest summarize(String date, List<Article> articles, List<Rejection> rejected, Progress progress) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::key).thenComparing(a -> a.sha256() == null ? "" : a.sha256()));
        long budget = (long) (Runtime.getRuntime().maxMemory() * keepShare);
        boolean[] keep = keepWithin(budget, sorted);
        ArticleText[] kept = new ArticleText[sorted.size()];
        SharedAnalyses shared = new SharedAnalyses(budget / BYTES_PER_CHAR, tokenizer, analyzer);
        // the day's term lists are not held once grouped
        List<List<Integer>> groups = clusterer.group(IntStream.range(0, sorted.size()).parallel().mapToObj(i -> {
            ArticleText text = ArticleText.read(i, sorted.get(i), shared);
            if (keep[i]) {
                kept[i] = text;
            }
            return ArticleTerms.of(text);
        }).toList());
        // one task per story, the largest started first, so that no core is left with a big story at the end
        List<List<Integer>> largestFirst = new ArrayList<>(groups);
        largestFirst.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        List<Callable<Ranked>> tasks = new ArrayList<>();
        AtomicInteger summarized = new AtomicInteger();
        for (List<Integer> members : largestFirst) {
            tasks.add(() -> {
                Ranked r = summarize(members, sorted, kept, shared);
                progress.advanced("stories summarized", summarized.incrementAndGet(), largestFirst.size());
                return r;
            });
        }
        List<Ranked> ranked = runAll(tasks);
        ranked.sort(Comparator.comparingLong((Ranked r) -> -r.sources()).thenComparingInt(r -> -r.size())
                .thenComparingInt(Ranked::first));
        List<Story> stories = new ArrayList<>();
        for (Ranked r : ranked) {
            stories.add(r.story());
        }
        return new Digest(date, sorted.size(), rejected, stories);
    }

    /**
     * Runs the tasks on one worker per core, in the order given (each worker takes the next task when it is
     * free), and returns their results in that order. A pool of its own: the common pool has a single worker on
     * a two-core machine, and {@code CompletableFuture} would then start a thread per task, all at once.
     */
    private static <T> List<T> runAll(List<Callable<T>> tasks) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summarizing stories", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Ranked summarize(List<Integer> members, List<Article> sorted, ArticleText[] kept, SharedAnalyses shared) {
        // a story's articles share sentences (copies, the same wording): each is analysed once for the story, if the
        // day's shared analyses do not hold it already
        Map<String, AnalyzedSentence> analysed = new HashMap<>();
        Function<String, AnalyzedSentence> analysis = text -> {
            AnalyzedSentence known = shared.known(text);
            return known != null ? known
                    : analysed.computeIfAbsent(text, t -> AnalyzedSentence.of(t, tokenizer, analyzer));
        };
        List<ArticleText> texts = new ArrayList<>();
        for (int i : members) {
            texts.add(kept[i] != null ? kept[i] : ArticleText.read(i, sorted.get(i), analysis));
            kept[i] = null;
        }
        StoryArticles story = StoryArticles.of(texts);
        return new Ranked(summarizer.summarize(story), story.independentSources(), texts.size(), members.get(0));
    }

    /**
     * Which articles to keep analyzed from grouping to summarizing: the first ones, in order, while their estimated
     * size stays within {@code budget} bytes. Only speed depends on it, never the digest.
     */
    private static boolean[] keepWithin(long budget, List<Article> articles) {
        boolean[] keep = new boolean[articles.size()];
        long used = 0;
        for (int i = 0; i < keep.length; i++) {
            long chars = 0;
            for (String s : articles.get(i).sentences()) {
                chars += s == null ? 0 : s.length();
            }
            used += chars * BYTES_PER_CHAR;
            if (used > budget) {
                break;
            }
            keep[i] = true;
        }
        return keep;
    }

    /**
     * The day's sentences analysed by text, so that a sentence several articles share (wire copies, re-uploads, the
     * same wording) is analysed once: up to {@code maxChars} characters of sentences are kept, the others analysed
     * afresh on every call. What it gives is what analysing the text afresh gives. Safe to use from several threads.
     */
    private static final class SharedAnalyses implements Function<String, AnalyzedSentence> {
        private final Map<String, AnalyzedSentence> sentences = new ConcurrentHashMap<>();
        private final AtomicLong room;
        private final Tokenizer tokenizer;
        private final TermAnalyzer analyzer;

        SharedAnalyses(long maxChars, Tokenizer tokenizer, TermAnalyzer analyzer) {
            this.room = new AtomicLong(maxChars);
            this.tokenizer = tokenizer;
            this.analyzer = analyzer;
        }

        @Override
        public AnalyzedSentence apply(String text) {
            AnalyzedSentence a = sentences.get(text);
            if (a == null) {
                a = AnalyzedSentence.of(text, tokenizer, analyzer);
                if (room.addAndGet(-text.length()) >= 0) {
                    sentences.putIfAbsent(text, a);
                }
            }
            return a;
        }

        /** The analysis of {@code text} if it is kept here, else null. */
        AnalyzedSentence known(String text) {
            return sentences.get(text);
        }
    }

    private record Ranked(Story story, long sources, int size, int first) {
    }
}
