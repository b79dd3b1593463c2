package io.newsdigest.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.OneLine;
import io.newsdigest.article.Rejection;
import io.newsdigest.ingest.IngestReport;
import io.newsdigest.ingest.Ingestion;
import io.newsdigest.json.Json;
import io.newsdigest.text.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The ingest function: S3 {@code ObjectCreated} events for {@code inbox/} in, one filed article per readable
 * upload out. Returns the {@link IngestReport} as JSON; every rejected upload is also logged with its key and
 * reason, one line each whatever the key holds, and never with article text. Fails the invocation only when a
 * store did not answer, so Lambda retries the event (filing is idempotent) and, after its retries, hands it to
 * the failure destination.
 */
public final class IngestHandler implements RequestStreamHandler {

    private final Configuration config;
    private final Ingestion ingestion;
    private final Clock clock;

    /** Settings from the environment; clients built once when the class is first used (kept by SnapStart). */
    public IngestHandler() {
        this(Defaults.CONFIG, Defaults.S3, Clock.systemUTC());
    }

    public IngestHandler(Configuration config, S3Client s3, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.ingestion = new Ingestion(
                new S3Uploads(s3, config.bucket()),
                new S3ArticleStore(s3, config.bucket(), config.readThreads()),
                new ArticleParser(config.maxUploadBytes(), new SentenceSplitter()));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        S3Notification event = Json.mapper().readValue(input, S3Notification.class);
        S3Notification.Decoded decoded = event.arrivals(config.bucket(), config.zone(), clock.instant());
        IngestReport report = ingestion.ingest(decoded.arrivals()).withRejected(decoded.refused());

        for (IngestReport.Filed f : report.filed()) {
            context.getLogger().log("filed " + OneLine.of(f.key()) + " as " + f.sha256() + " under " + f.day()
                    + (f.duplicate() ? " (already there)" : ""), LogLevel.INFO);
        }
        for (Rejection r : report.rejected()) {
            context.getLogger().log("rejected " + OneLine.of(r.key()) + ": " + OneLine.of(r.reason()), LogLevel.WARN);
        }
        for (Rejection r : report.retryable()) {
            context.getLogger().log("not finished " + OneLine.of(r.key()) + ": " + OneLine.of(r.reason()),
                    LogLevel.ERROR);
        }
        output.write(Json.write(report).getBytes(StandardCharsets.UTF_8));
        if (!report.retryable().isEmpty()) {
            throw new IllegalStateException(report.retryable().size()
                    + " upload(s) not finished because storage did not answer; the event will be retried: "
                    + report.retryable().get(0).reason());
        }
    }

    private static final class Defaults {
        static final Configuration CONFIG = Configuration.fromEnvironment(System.getenv());
        static final S3Client S3 = AwsClients.s3(CONFIG);

        static {
            IngestPriming.register();
        }
    }
}
