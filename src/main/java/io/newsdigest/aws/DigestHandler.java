package io.newsdigest.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.newsdigest.daily.DailyRun;
import io.newsdigest.daily.DayClaim;
import io.newsdigest.daily.DayReport;
import io.newsdigest.daily.DigestNotSent;
import io.newsdigest.daily.EditionComposer;
import io.newsdigest.followup.DigestHistory;
import io.newsdigest.json.Json;
import io.newsdigest.render.DigestRenderer;
import io.newsdigest.render.Mailing;
import io.newsdigest.render.OneClickLink;
import io.newsdigest.summary.DigestEngine;
import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The digest function: on the daily schedule (or a replay) it mails the digest of one day, once, through SES,
 * and archives it under {@code digests/<day>/}. Returns the {@link DayReport} as JSON. Fails the invocation,
 * so Lambda retries it, when SES refuses the message (the error says what the operator has to do), when a
 * store or SES is unavailable, and while another run holds the day; and, so that the event lands among the
 * failed events for an operator, when an earlier run died after handing the e-mail to SES.
 */
public final class DigestHandler implements RequestStreamHandler {

    private final Configuration config;
    private final DailyRun daily;
    private final Clock clock;

    /**
     * Settings from the environment; clients built, and the unsubscribe secret read, once when the class is first
     * used (kept by SnapStart).
     */
    public DigestHandler() {
        this(Defaults.CONFIG, Defaults.S3, Defaults.SES, Defaults.TOKENS, Clock.systemUTC());
    }

    /** Without one-click unsubscribe. */
    public DigestHandler(Configuration config, S3Client s3, SesV2Client ses, Clock clock) {
        this(config, s3, ses, null, clock);
    }

    /**
     * @param tokens signs each recipient's one-click unsubscribe link; required when the configuration names an
     *               unsubscribe URL, ignored otherwise
     */
    public DigestHandler(Configuration config, S3Client s3, SesV2Client ses, UnsubscribeTokens tokens, Clock clock) {
        this.config = config;
        this.clock = clock;
        OneClickLink oneClick = config.unsubscribeUrl() == null ? null : new OneClickLink(config.unsubscribeUrl(),
                Objects.requireNonNull(tokens, "one-click unsubscribe is on: the tokens' secret is required"));
        Mailing mailing = new Mailing(config.sender(), config.recipients(), config.unsubscribeAddress(), oneClick);
        S3DigestArchive archive = new S3DigestArchive(s3, config.bucket());
        this.daily = new DailyRun(
                new S3ArticleStore(s3, config.bucket(), config.readThreads()),
                new EditionComposer(new DigestEngine(), new DigestRenderer(), mailing, clock),
                archive,
                new DayClaim(new S3DayMarkers(s3, config.bucket()), clock),
                new SesMailer(ses, config.sesConfigurationSet()),
                new S3Unsubscribes(s3, config.bucket()),
                config.emptyDay(),
                new DigestHistory(archive, config.historyDays()));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] event = input.readAllBytes();
        DigestRequest request = new String(event, StandardCharsets.UTF_8).isBlank()
                ? new DigestRequest(null, null, null)
                : Json.mapper().readValue(event, DigestRequest.class);
        LocalDate day = request.day(config.zone(), clock.instant());

        DayReport report;
        try {
            report = daily.run(day, request.forced(), context.getAwsRequestId());
        } catch (DigestNotSent e) {
            context.getLogger().log(e.getMessage(), LogLevel.ERROR);
            throw e;
        }
        for (String skipped : report.skipped()) {
            context.getLogger().log("digest " + day + ": earlier " + skipped, LogLevel.WARN);
        }
        boolean markerLost = report.outcome() == DayReport.Outcome.SENT && report.note() != null;
        context.getLogger().log("digest " + day + ": " + report.outcome() + ", " + report.stories()
                + " stories from " + report.articles() + " articles"
                + (report.unsubscribed() == 0 ? "" : ", " + report.unsubscribed()
                        + " unsubscribed recipient(s) skipped")
                + (report.messageId() == null ? "" : ", message " + report.messageId())
                + (report.note() == null ? "" : " (" + report.note() + ")"), markerLost ? LogLevel.WARN : LogLevel.INFO);
        output.write(Json.write(report).getBytes(StandardCharsets.UTF_8));
        if (report.outcome() == DayReport.Outcome.UNCERTAIN) {
            context.getLogger().log("digest " + day + " may not have been mailed: " + report.note(), LogLevel.ERROR);
            throw new IllegalStateException("The digest of " + day + " may not have been mailed: " + report.note());
        }
        if (report.outcome() == DayReport.Outcome.IN_PROGRESS) {
            throw new IllegalStateException("Another run is mailing " + day + " right now (" + report.note()
                    + "); this invocation fails so that Lambda retries it and finds the day sent or open.");
        }
    }

    private static final class Defaults {
        static final Configuration CONFIG = Configuration.fromEnvironment(System.getenv());
        static final S3Client S3 = AwsClients.s3(CONFIG);
        static final SesV2Client SES = AwsClients.ses(CONFIG);
        static final UnsubscribeTokens TOKENS = CONFIG.unsubscribeUrl() == null ? null : UnsubscribeHandler.tokens(CONFIG);

        static {
            DigestPriming.register();
        }
    }
}
