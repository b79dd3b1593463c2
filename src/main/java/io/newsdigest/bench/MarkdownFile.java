package io.newsdigest.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link Report} saved as Markdown: sometimes front matter, a level-one headline, a byline in emphasis,
 * paragraphs with the odd bold lead-in and link, quotes as block quotes, a sub-heading, and a list of links
 * to related stories at the end.
 */
final class MarkdownFile {

    String render(Report r, PageContext page, SplittableRandom rng) {
        StringBuilder m = new StringBuilder(8 * 1024);
        if (rng.nextBoolean()) {
            m.append("---\ntitle: \"").append(r.headline()).append("\"\nsource: ").append(r.outlet().name())
                    .append("\nurl: ").append(page.url()).append("\ndate: ").append(page.date()).append("\n---\n\n");
        }
        m.append("# ").append(r.headline()).append("\n\n*By ").append(r.author()).append(", ")
                .append(r.outlet().name()).append("*\n\n");
        List<List<String>> paragraphs = r.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> p = paragraphs.get(i);
            String text = String.join(" ", p);
            if (i == 0 && rng.nextBoolean()) {
                text = "**" + r.slots().get("place").toUpperCase(java.util.Locale.ROOT) + "** — " + text;
            }
            if (p.size() == 1 && text.startsWith("\"") && rng.nextBoolean()) {
                m.append("> ").append(text).append("\n\n");
                continue;
            }
            String place = r.slots().get("place");
            if (i > 0 && text.contains(place) && rng.nextInt(3) == 0) {
                text = text.replaceFirst(place, "[" + place + "](https://maps.example/" + WebPage.slug(place) + ")");
            }
            m.append(text).append("\n\n");
            if (i == paragraphs.size() / 2 && rng.nextBoolean()) {
                m.append("## What happens next\n\n");
            }
        }
        m.append("## Related\n\n");
        for (int i = 0; i < 3; i++) {
            String h = page.otherHeadlines().get(rng.nextInt(page.otherHeadlines().size()));
            m.append("- [").append(h).append("](https://").append(r.outlet().domain()).append("/news/")
                    .append(WebPage.slug(h)).append(")\n");
        }
        return m.toString();
    }
}
