package io.newsdigest.cli;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.Rejection;
import io.newsdigest.daily.Edition;
import io.newsdigest.daily.EditionComposer;
import io.newsdigest.followup.DigestHistory;
import io.newsdigest.followup.EarlierDigests;
import io.newsdigest.local.LocalDay;
import io.newsdigest.local.LocalDigestArchive;
import io.newsdigest.port.Progress;
import io.newsdigest.render.DigestRenderer;
import io.newsdigest.render.Mailing;
import io.newsdigest.summary.DigestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "digest", description = "Runs the whole pipeline on files and folders as one day's uploads; "
        + "writes each requested rendering and prints the plain-text digest. On a terminal, shows progress on "
        + "standard error.")
final class DigestCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day the digest is for (default: today, UTC)")
    LocalDate date;

    @Option(names = "--json", paramLabel = "F", description = "write the digest JSON here")
    Path json;

    @Option(names = "--html", paramLabel = "F", description = "write the e-mail's HTML part here")
    Path html;

    @Option(names = "--text", paramLabel = "F", description = "write the e-mail's plain-text part here")
    Path text;

    @Option(names = "--eml", paramLabel = "F", description = "write the whole e-mail, as it would be sent, here")
    Path eml;

    @Option(names = "--archive", paramLabel = "DIR", description = "read the digests of the days before from "
            + "DIR/<day>/ (outline.json, else digest.json; the last $NEWS_DIGEST_HISTORY_DAYS days, default 7) to tell what is new, and "
            + "keep this day's digest there")
    Path archive;

    @Option(names = "--from", paramLabel = "ADDRESS",
            description = "sender of the e-mail (default: $NEWS_DIGEST_SENDER, else news-digest@localhost)")
    String from;

    @Option(names = "--to", paramLabel = "ADDRESS", split = ",",
            description = "recipients of the e-mail (default: $NEWS_DIGEST_RECIPIENTS, else reader@localhost)")
    List<String> to;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files and folders (recursive)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Progress progress = TerminalProgress.onStandardError();
        LocalDay day = LocalDay.read(paths, new ArticleParser(), progress);
        for (Rejection r : day.rejected()) {
            System.err.println(r.asLine());
        }
        if (day.articles().isEmpty()) {
            System.err.println("news-digest: no readable articles in " + paths);
            return 1;
        }
        Mailing mailing = new Mailing(
                from != null ? from : setting("NEWS_DIGEST_SENDER", "news-digest@localhost"),
                to != null ? to : List.of(setting("NEWS_DIGEST_RECIPIENTS", "reader@localhost").split(",")));
        LocalDate when = date != null ? date : LocalDate.now(ZoneOffset.UTC);
        LocalDigestArchive kept = archive == null ? null : new LocalDigestArchive(archive);
        EarlierDigests earlier = kept == null ? EarlierDigests.none()
                : new DigestHistory(kept, historyDays()).lazilyBefore(when);
        Edition edition = new EditionComposer(new DigestEngine(), new DigestRenderer(), mailing, Clock.systemUTC())
                .compose(when, day.articles(), day.rejected(), earlier, progress);
        for (String skipped : earlier.skipped()) {
            System.err.println("news-digest: earlier " + skipped);
        }
        if (kept != null) {
            kept.keep(when, edition.files());
        }
        write(json, edition.json().getBytes(StandardCharsets.UTF_8));
        write(html, edition.rendered().html().getBytes(StandardCharsets.UTF_8));
        write(text, edition.rendered().text().getBytes(StandardCharsets.UTF_8));
        write(eml, edition.mails().get(0).mime());
        Output.println(edition.rendered().text());
        return 0;
    }

    private static int historyDays() {
        String days = setting("NEWS_DIGEST_HISTORY_DAYS", String.valueOf(DigestHistory.DEFAULT_DAYS));
        try {
            return Math.max(0, Integer.parseInt(days));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NEWS_DIGEST_HISTORY_DAYS: expected a number of days, got " + days, e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static void write(Path file, byte[] content) throws IOException {
        if (file != null) {
            Files.write(file, content);
        }
    }
}
