package io.newsdigest.aws;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.bench.SyntheticDay;
import io.newsdigest.daily.Edition;
import io.newsdigest.daily.EditionComposer;
import io.newsdigest.digest.Digest;
import io.newsdigest.followup.EarlierDigests;
import io.newsdigest.port.Progress;
import io.newsdigest.render.DigestRenderer;
import io.newsdigest.render.Mailing;
import io.newsdigest.summary.DigestEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Readies the digest path before SnapStart takes its snapshot: composes the edition of a small invented day
 * (engine, renderings, e-mail) twice, in memory, with an example sender and recipient, the second time told
 * against the first as yesterday's digest (following stories across days). No network, no S3 or
 * SES call, nothing of a user's kept. The digest runs once a day, so every run starts cold; this is the part
 * of that start the snapshot can carry. Registered through {@link SnapshotPriming}.
 */
final class DigestPriming {

    private static final int ROUNDS = 2;

    private DigestPriming() {
    }

    /** Asks for {@link #prime()} to run before the snapshot is taken. */
    static void register() {
        SnapshotPriming.register("digest", DigestPriming::prime);
    }

    /** Composes the invented day's edition in memory; returns the number of stories in its digest. */
    static int prime() {
        ArticleParser parser = new ArticleParser();
        List<Article> articles = new ArrayList<>();
        new SyntheticDay(16, 2, 2).forEach(g -> {
            if (parser.parse(g.upload()) instanceof ParseOutcome.Parsed p) {
                articles.add(p.article());
            }
        });
        EditionComposer composer = new EditionComposer(new DigestEngine(), new DigestRenderer(),
                new Mailing("News Digest <digest@example.org>", List.of("reader@example.org")), Clock.systemUTC());
        Edition edition = composer.compose(SyntheticDay.DATE, articles, List.of());
        // the same day once more as if yesterday's digest had reported it: every story continues one
        Digest yesterday = new Digest(SyntheticDay.DATE.minusDays(1).toString(), edition.digest().articleCount(),
                List.of(), edition.digest().stories());
        EarlierDigests earlier = new EarlierDigests(List.of(yesterday), List.of());
        for (int round = 1; round < ROUNDS; round++) {
            edition = composer.compose(SyntheticDay.DATE, articles, List.of(), earlier, Progress.NONE);
        }
        return edition.digest().stories().size();
    }
}
