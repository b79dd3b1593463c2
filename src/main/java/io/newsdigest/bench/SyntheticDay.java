package io.newsdigest.bench;

import io.newsdigest.article.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A realistic, invented day of uploads for the benchmark: {@code articles} articles of 400 to 900 words about
 * {@code stories} events, a few big stories and a long tail of small ones, from 16 outlets, as saved web pages
 * (about half), pasted text, Markdown and JSON. The day holds what real days hold: wire copies of the same
 * report under other outlets' headlines, the same file uploaded twice, figures and claims on which outlets
 * disagree, and page chrome around every article.
 *
 * <p>The same three numbers always give the same uploads, byte for byte, on any JVM. Uploads are made one at
 * a time ({@link #forEach}), so a day of 10,000 articles never has to be held in memory at once.
 */
public final class SyntheticDay {

    /** The day every generated article is published on. */
    public static final LocalDate DATE = LocalDate.of(2030, 3, 14);

    /** Shares of the formats, in the order HTML, pasted text, Markdown, JSON. */
    private static final int[] FORMAT_PERCENT = {50, 20, 15, 15};
    private static final double WIRE_COPY = 0.15;
    private static final double UPLOADED_TWICE = 0.03;

    private final int articles;
    private final int stories;
    private final long seed;
    private final int day;

    public SyntheticDay(int articles, int stories, long seed) {
        this(articles, stories, seed, 0);
    }

    /**
     * Day {@code day} of the same events: the same seed invents the same events, and each other day has its own
     * articles about them (other outlets, wordings, sizes), as coverage of a running story does. Day 0 is the day
     * of {@link #SyntheticDay(int, int, long)}, byte for byte.
     */
    public SyntheticDay(int articles, int stories, long seed, int day) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1: " + articles);
        }
        if (stories < 1 || stories > articles) {
            throw new IllegalArgumentException("stories must be between 1 and the number of articles: " + stories);
        }
        this.articles = articles;
        this.stories = stories;
        this.seed = seed;
        this.day = day;
    }

    public int articles() {
        return articles;
    }

    public int stories() {
        return stories;
    }

    public long seed() {
        return seed;
    }

    /** One generated upload, with the body text the outlet wrote and the index of the story it belongs to. */
    public record GeneratedArticle(Upload upload, String body, int story, String format) {
    }

    /** Makes the day's uploads in upload order and hands each to {@code sink}. */
    public void forEach(Consumer<GeneratedArticle> sink) {
        SplittableRandom root = new SplittableRandom(seed);
        Names names = new Names();
        Newsroom newsroom = new Newsroom(names);
        Renderers renderers = new Renderers(names);
        List<EventKind> kinds = EventKind.all();
        List<Event> events = new ArrayList<>(stories);
        List<String> headlines = new ArrayList<>(stories);
        for (int s = 0; s < stories; s++) {
            Event e = Event.invent(s, kinds.get(root.nextInt(kinds.size())), names, root.split());
            events.add(e);
            headlines.add(newsroom.report(e, names.outlets().get(0), root.split()).headline());
        }
        if (day != 0) {
            root = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * day));
        }
        int[] storyOf = storyOfEachArticle(root);
        Written[] lastOfStory = new Written[stories];
        List<Names.Outlet> outlets = names.outlets();
        for (int i = 0; i < articles; i++) {
            SplittableRandom rng = root.split();
            int story = storyOf[i];
            Written previous = lastOfStory[story];
            Written w;
            if (previous != null && rng.nextDouble() < UPLOADED_TWICE) {
                w = previous;
            } else {
                Names.Outlet outlet = outlets.get(rng.nextInt(outlets.size()));
                Report report;
                if (previous != null && rng.nextDouble() < WIRE_COPY) {
                    if (outlet.equals(previous.report().outlet())) {
                        outlet = outlets.get((outlets.indexOf(outlet) + 1) % outlets.size());
                    }
                    report = newsroom.wireCopy(previous.report(), outlet, rng);
                } else {
                    report = newsroom.report(events.get(story), outlet, rng);
                }
                w = new Written(report, pickFormat(rng), rng.nextLong(), i);
                lastOfStory[story] = w;
            }
            sink.accept(render(w, i, headlines, renderers));
        }
    }

    /** A report, the format it is saved in and the seed of its page, enough to make the same bytes again. */
    private record Written(Report report, String format, long pageSeed, int firstIndex) {
    }

    private GeneratedArticle render(Written w, int index, List<String> headlines, Renderers renderers) {
        Report r = w.report();
        String slug = WebPage.slug(r.headline());
        String url = "https://" + r.outlet().domain() + "/news/" + slug + "-" + w.firstIndex();
        SplittableRandom rng = new SplittableRandom(w.pageSeed());
        PageContext page = new PageContext(DATE, url, headlines);
        String text = renderers.render(w.format(), r, page, rng);
        Map<String, String> metadata = w.format().equals("text") && rng.nextBoolean()
                ? Map.of("source", r.outlet().name()) : Map.of();
        String key = "inbox/" + DATE + "/" + r.outlet().domain() + "/" + slug + "-" + index + extension(w.format());
        return new GeneratedArticle(new Upload(key, text.getBytes(StandardCharsets.UTF_8), metadata), r.body(),
                r.event().index(), w.format());
    }

    private static String extension(String format) {
        return switch (format) {
            case "html" -> ".html";
            case "text" -> ".txt";
            case "markdown" -> ".md";
            default -> ".json";
        };
    }

    private static String pickFormat(SplittableRandom rng) {
        int roll = rng.nextInt(100);
        String[] formats = {"html", "text", "markdown", "json"};
        for (int f = 0; f < formats.length; f++) {
            roll -= FORMAT_PERCENT[f];
            if (roll < 0) {
                return formats[f];
            }
        }
        return formats[0];
    }

    /**
     * Every story gets one article; the rest go to stories with Zipf-like weights (story k weighs
     * 1/(k+1)^0.9), so a day has a few stories that dozens of outlets cover and many with one or two. The
     * order is shuffled, as uploads arrive through the day.
     */
    private int[] storyOfEachArticle(SplittableRandom rng) {
        double[] cumulative = new double[stories];
        double total = 0;
        for (int s = 0; s < stories; s++) {
            total += 1 / Math.pow(s + 1, 0.9);
            cumulative[s] = total;
        }
        int[] out = new int[articles];
        for (int i = 0; i < articles; i++) {
            if (i < stories) {
                out[i] = i;
            } else {
                int s = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
                out[i] = Math.min(stories - 1, s < 0 ? -s - 1 : s);
            }
        }
        for (int i = articles - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** The four ways an article reaches the inbox. */
    private static final class Renderers {
        private final WebPage web;
        private final PastedText pasted;
        private final MarkdownFile markdown = new MarkdownFile();
        private final JsonFile json = new JsonFile();

        Renderers(Names names) {
            web = new WebPage(names);
            pasted = new PastedText(names);
        }

        String render(String format, Report r, PageContext page, SplittableRandom rng) {
            return switch (format) {
                case "html" -> web.render(r, page, rng);
                case "text" -> pasted.render(r, page, rng);
                case "markdown" -> markdown.render(r, page, rng);
                default -> json.render(r, page, rng);
            };
        }
    }
}
