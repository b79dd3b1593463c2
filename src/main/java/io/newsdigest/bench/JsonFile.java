package io.newsdigest.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import io.newsdigest.json.Json;

/**
 * A {@link Report} as one JSON object, the way feeds and read-later tools export articles: title, source,
 * url, a date, an author, and the body under {@code body}, {@code text} or {@code content}, as plain text
 * with blank lines between paragraphs or, now and then, as HTML paragraphs.
 */
final class JsonFile {

    String render(Report r, PageContext page, SplittableRandom rng) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", r.headline());
        o.put("source", r.outlet().name());
        o.put("url", page.url());
        o.put(rng.nextBoolean() ? "published" : "date", page.date() + (rng.nextBoolean() ? "T08:30:00Z" : ""));
        o.put("author", r.author());
        String body;
        if (rng.nextInt(5) == 0) {
            StringBuilder b = new StringBuilder();
            for (List<String> p : r.paragraphs()) {
                b.append("<p>").append(WebPage.esc(String.join(" ", p))).append("</p>");
            }
            body = b.toString();
        } else {
            body = r.body();
        }
        o.put(List.of("body", "text", "content").get(rng.nextInt(3)), body);
        o.put("tags", List.of(r.event().kind().name(), r.slots().get("region")));
        return Json.write(o);
    }
}
