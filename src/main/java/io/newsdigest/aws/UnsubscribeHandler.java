package io.newsdigest.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.newsdigest.json.Json;
import io.newsdigest.unsubscribe.OneClickUnsubscribe;
import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one-click unsubscribe function, behind a Lambda function URL: a request in, an HTTP answer out
 * ({@link OneClickUnsubscribe}): {@code POST} with a valid token records the address under {@code unsubscribed/}
 * and answers 200; a bad, expired or used token 403; {@code GET} a page with a button, changing nothing. Logs the
 * outcome, never the token or the address.
 */
public final class UnsubscribeHandler implements RequestStreamHandler {

    private final OneClickUnsubscribe unsubscribe;

    /** Settings from the environment; the client and the secret read once when the class is first used. */
    public UnsubscribeHandler() {
        this(Defaults.CONFIG, Defaults.S3, Defaults.TOKENS, Clock.systemUTC());
    }

    public UnsubscribeHandler(Configuration config, S3Client s3, UnsubscribeTokens tokens, Clock clock) {
        this.unsubscribe = new OneClickUnsubscribe(tokens, new S3Unsubscribes(s3, config.bucket()), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        FunctionUrlRequest request = Json.mapper().readValue(input, FunctionUrlRequest.class);
        OneClickUnsubscribe.Answer answer = unsubscribe.handle(request.method(), request.token());
        context.getLogger().log("unsubscribe " + request.method() + ": " + answer.status(),
                answer.status() == 200 ? LogLevel.INFO : LogLevel.WARN);
        Map<String, Object> response = Map.of(
                "statusCode", answer.status(),
                "headers", Map.of("Content-Type", "text/html; charset=utf-8", "Cache-Control", "no-store",
                        "X-Robots-Tag", "noindex"),
                "body", answer.body(),
                "isBase64Encoded", false);
        output.write(Json.write(response).getBytes(StandardCharsets.UTF_8));
    }

    private static final class Defaults {
        static final Configuration CONFIG = Configuration.fromEnvironment(System.getenv());
        static final S3Client S3 = AwsClients.s3(CONFIG);
        static final UnsubscribeTokens TOKENS = tokens(CONFIG);
    }

    /** The tokens signed with the secret the configuration names; fails the start when none is named. */
    static UnsubscribeTokens tokens(Configuration config) {
        if (config.unsubscribeSecretArn() == null) {
            throw new IllegalArgumentException("NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN is not set: name the secret that"
                    + " signs unsubscribe tokens");
        }
        return new UnsubscribeTokens(AwsClients.secret(config.unsubscribeSecretArn()).getBytes(StandardCharsets.UTF_8));
    }
}
