package io.newsdigest.render;

import io.newsdigest.digest.ArticleRef;

/**
 * The name a reader recognises an article's outlet by: the outlet the article names; else the host of its link
 * without {@code www.} ({@code cbsnews.com}); else the upload's file name without folder and extension. Never a
 * path, never a content hash (the stored record's name), and the same for an article wherever it is shown. The
 * digest JSON keeps {@code source} null when the article names no outlet; this name is the renderer's alone.
 */
public final class OutletName {

    private OutletName() {
    }

    public static String of(ArticleRef article) {
        if (article.source() != null && !article.source().isBlank()) {
            return article.source().strip();
        }
        return SafeLink.of(article.url()).map(link -> withoutWww(link.host())).orElseGet(() -> fileStem(article.key()));
    }

    /** {@code host} without a leading {@code www.} (or {@code www2.}), unless nothing would be left of it. */
    static String withoutWww(String host) {
        String stripped = host.replaceFirst("^www\\d*\\.", "");
        return stripped.contains(".") ? stripped : host;
    }

    /**
     * The file name of {@code key} without its folders ({@code /} or {@code \}) and without its last extension:
     * {@code inbox/2024/Ferry news.html} is {@code Ferry news}. A name that is only an extension
     * ({@code .txt}) keeps it.
     */
    public static String fileStem(String key) {
        String name = key.substring(Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? key.strip() : stem;
    }
}
