package io.newsdigest.aws;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.daily.EmptyDay;
import io.newsdigest.followup.DigestHistory;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The functions' settings, read once from environment variables at start-up. A malformed value fails the start
 * with a message naming the variable; an absent optional one takes its default.
 *
 * @param bucket         {@code NEWS_DIGEST_BUCKET}: the bucket holding {@code inbox/}, {@code articles/},
 *                       {@code digests/} (required)
 * @param maxUploadBytes {@code NEWS_DIGEST_MAX_UPLOAD_BYTES}: uploads larger than this are refused unread
 *                       (default 10 MiB)
 * @param zone           {@code NEWS_DIGEST_TIME_ZONE}: the zone whose calendar days file articles and name
 *                       digests (default UTC)
 * @param sender         {@code NEWS_DIGEST_SENDER}: the From address, a verified SES identity (digest function)
 * @param recipients     {@code NEWS_DIGEST_RECIPIENTS}: comma-separated To addresses (digest function)
 * @param emptyDay       {@code NEWS_DIGEST_EMPTY_DAY}: {@code skip} (default) or {@code note}
 * @param sesMaxAttempts {@code NEWS_DIGEST_SES_MAX_ATTEMPTS}: attempts per send, throttling retried with
 *                       backoff (default 5)
 * @param readThreads    {@code NEWS_DIGEST_READ_THREADS}: parallel reads of a day's articles (default 8)
 * @param s3Endpoint     {@code NEWS_DIGEST_S3_ENDPOINT}: another S3 API endpoint (local runs, tests), path-style
 * @param sesEndpoint    {@code NEWS_DIGEST_SES_ENDPOINT}: another SES API endpoint (local runs, tests)
 * @param historyDays    {@code NEWS_DIGEST_HISTORY_DAYS}: how many days before a digest's day are read back to
 *                       tell what is new (default 7; 0 reads none)
 * @param sesConfigurationSet {@code NEWS_DIGEST_SES_CONFIGURATION_SET}: the SES configuration set every send
 *                       names (delivery events, reputation); none when unset
 * @param unsubscribeAddress {@code NEWS_DIGEST_UNSUBSCRIBE_ADDRESS}: where requests to stop the digest are
 *                       mailed ({@code List-Unsubscribe: <mailto:...>}); the sender's address when unset
 * @param unsubscribeUrl {@code NEWS_DIGEST_UNSUBSCRIBE_URL}: the HTTPS endpoint of one-click unsubscribe; off
 *                       when unset
 * @param unsubscribeSecretArn {@code NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN}: the Secrets Manager secret that signs
 *                       unsubscribe tokens (required with one-click unsubscribe)
 */
public record Configuration(
        String bucket,
        long maxUploadBytes,
        ZoneId zone,
        String sender,
        List<String> recipients,
        EmptyDay emptyDay,
        int sesMaxAttempts,
        int readThreads,
        URI s3Endpoint,
        URI sesEndpoint,
        int historyDays,
        String sesConfigurationSet,
        String unsubscribeAddress,
        URI unsubscribeUrl,
        String unsubscribeSecretArn) {

    public Configuration {
        recipients = List.copyOf(recipients);
        if (unsubscribeUrl != null && unsubscribeSecretArn == null) {
            throw new IllegalArgumentException("NEWS_DIGEST_UNSUBSCRIBE_URL is set but NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN"
                    + " is not: one-click unsubscribe needs the secret that signs its tokens");
        }
    }

    /** Reads the settings from {@code env} (in the functions: {@code System.getenv()}). */
    public static Configuration fromEnvironment(Map<String, String> env) {
        Reader r = new Reader(env);
        String bucket = r.get("NEWS_DIGEST_BUCKET", s -> s, null);
        if (bucket == null) {
            throw new IllegalArgumentException("NEWS_DIGEST_BUCKET is not set: name the bucket the functions use");
        }
        return new Configuration(
                bucket,
                r.get("NEWS_DIGEST_MAX_UPLOAD_BYTES", Configuration::positiveLong, ArticleParser.DEFAULT_MAX_BYTES),
                r.get("NEWS_DIGEST_TIME_ZONE", Configuration::zone, ZoneId.of("UTC")),
                r.get("NEWS_DIGEST_SENDER", String::strip, null),
                r.get("NEWS_DIGEST_RECIPIENTS", Configuration::addressList, List.of()),
                r.get("NEWS_DIGEST_EMPTY_DAY", EmptyDay::parse, EmptyDay.SKIP),
                r.get("NEWS_DIGEST_SES_MAX_ATTEMPTS", s -> (int) positiveLong(s), 5),
                r.get("NEWS_DIGEST_READ_THREADS", s -> (int) positiveLong(s), 8),
                r.get("NEWS_DIGEST_S3_ENDPOINT", URI::create, null),
                r.get("NEWS_DIGEST_SES_ENDPOINT", URI::create, null),
                r.get("NEWS_DIGEST_HISTORY_DAYS", Configuration::days, DigestHistory.DEFAULT_DAYS),
                r.get("NEWS_DIGEST_SES_CONFIGURATION_SET", Configuration::configurationSetName, null),
                r.get("NEWS_DIGEST_UNSUBSCRIBE_ADDRESS", String::strip, null),
                r.get("NEWS_DIGEST_UNSUBSCRIBE_URL", Configuration::httpsUrl, null),
                r.get("NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN", String::strip, null));
    }

    private static long positiveLong(String s) {
        long n = Long.parseLong(s.strip());
        if (n <= 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected a positive whole number, got " + s);
        }
        return n;
    }

    private static int days(String s) {
        int n = Integer.parseInt(s.strip());
        if (n < 0 || n > 366) {
            throw new IllegalArgumentException("expected a number of days from 0 to 366, got " + s);
        }
        return n;
    }

    private static ZoneId zone(String s) {
        try {
            return ZoneId.of(s.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expected a time zone such as UTC or Europe/Berlin, got " + s, e);
        }
    }

    private static String configurationSetName(String s) {
        if (!s.strip().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("expected an SES configuration set name (letters, digits, _ and -), got " + s);
        }
        return s.strip();
    }

    private static URI httpsUrl(String s) {
        URI uri = URI.create(s.strip());
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("expected an https address, got " + s);
        }
        return uri;
    }

    private static List<String> addressList(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private record Reader(Map<String, String> env) {

        <T> T get(String name, Function<String, T> parse, T fallback) {
            String raw = env.get(name);
            if (raw == null || raw.isBlank()) {
                return fallback;
            }
            try {
                return parse.apply(raw);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
    }
}
