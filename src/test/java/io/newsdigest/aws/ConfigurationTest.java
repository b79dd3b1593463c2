package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdigest.daily.EmptyDay;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void only_the_bucket_is_required_everything_else_has_a_default() {
        Configuration c = Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "news"));

        assertEquals("news", c.bucket());
        assertEquals(10L * 1024 * 1024, c.maxUploadBytes());
        assertEquals(ZoneId.of("UTC"), c.zone());
        assertNull(c.sender());
        assertEquals(List.of(), c.recipients());
        assertEquals(EmptyDay.SKIP, c.emptyDay());
        assertEquals(5, c.sesMaxAttempts());
        assertEquals(8, c.readThreads());
        assertNull(c.s3Endpoint());
        assertNull(c.sesEndpoint());
        assertNull(c.sesConfigurationSet());
        assertNull(c.unsubscribeAddress());
        assertNull(c.unsubscribeUrl(), "one-click unsubscribe is off unless its address is set");
        assertNull(c.unsubscribeSecretArn());
        assertEquals(7, c.historyDays());
    }

    @Test
    void reads_the_configuration_set_and_the_unsubscribe_settings() {
        Configuration c = Configuration.fromEnvironment(Map.of(
                "NEWS_DIGEST_BUCKET", "news",
                "NEWS_DIGEST_SES_CONFIGURATION_SET", " news-digest_events ",
                "NEWS_DIGEST_UNSUBSCRIBE_ADDRESS", "stop@example.org",
                "NEWS_DIGEST_UNSUBSCRIBE_URL", "https://abc.lambda-url.eu-west-1.on.aws/",
                "NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:u-AbCdEf"));

        assertEquals("news-digest_events", c.sesConfigurationSet());
        assertEquals("stop@example.org", c.unsubscribeAddress());
        assertEquals(URI.create("https://abc.lambda-url.eu-west-1.on.aws/"), c.unsubscribeUrl());
        assertEquals("arn:aws:secretsmanager:eu-west-1:123456789012:secret:u-AbCdEf", c.unsubscribeSecretArn());
    }

    @Test
    void one_click_unsubscribe_without_its_secret_or_over_plain_http_fails_the_start() {
        assertThrows(IllegalArgumentException.class, () -> Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "news",
                "NEWS_DIGEST_UNSUBSCRIBE_URL", "https://abc.lambda-url.eu-west-1.on.aws/")));
        assertThrows(IllegalArgumentException.class, () -> Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "news",
                "NEWS_DIGEST_UNSUBSCRIBE_URL", "http://abc.lambda-url.eu-west-1.on.aws/",
                "NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:u")));
        assertThrows(IllegalArgumentException.class, () -> Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "news",
                "NEWS_DIGEST_SES_CONFIGURATION_SET", "two words")));
    }

    @Test
    void reads_every_setting() {
        Configuration c = Configuration.fromEnvironment(Map.of(
                "NEWS_DIGEST_BUCKET", "news",
                "NEWS_DIGEST_MAX_UPLOAD_BYTES", "2048",
                "NEWS_DIGEST_TIME_ZONE", "Europe/Berlin",
                "NEWS_DIGEST_SENDER", "Digest <digest@example.org>",
                "NEWS_DIGEST_RECIPIENTS", " a@example.org, b@example.org ,,",
                "NEWS_DIGEST_EMPTY_DAY", "Note",
                "NEWS_DIGEST_SES_MAX_ATTEMPTS", "3",
                "NEWS_DIGEST_READ_THREADS", "2",
                "NEWS_DIGEST_S3_ENDPOINT", "http://localhost:9090",
                "NEWS_DIGEST_SES_ENDPOINT", "http://localhost:8005"));

        assertEquals(2048, c.maxUploadBytes());
        assertEquals(ZoneId.of("Europe/Berlin"), c.zone());
        assertEquals("Digest <digest@example.org>", c.sender());
        assertEquals(List.of("a@example.org", "b@example.org"), c.recipients());
        assertEquals(EmptyDay.NOTE, c.emptyDay());
        assertEquals(3, c.sesMaxAttempts());
        assertEquals(2, c.readThreads());
        assertEquals(URI.create("http://localhost:9090"), c.s3Endpoint());
        assertEquals(URI.create("http://localhost:8005"), c.sesEndpoint());
    }

    @Test
    void a_malformed_value_fails_the_start_naming_the_variable() {
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class, () ->
                Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "b", "NEWS_DIGEST_TIME_ZONE", "Mars/Base")));
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () ->
                Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "b", "NEWS_DIGEST_MAX_UPLOAD_BYTES", "-1")));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () ->
                Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "b", "NEWS_DIGEST_EMPTY_DAY", "always")));

        assertEquals("NEWS_DIGEST_TIME_ZONE: expected a time zone such as UTC or Europe/Berlin, got Mars/Base",
                zone.getMessage());
        assertEquals("NEWS_DIGEST_MAX_UPLOAD_BYTES: expected a positive whole number, got -1", size.getMessage());
        assertEquals("NEWS_DIGEST_EMPTY_DAY: expected skip or note, got 'always'", empty.getMessage());
    }

    @Test
    void the_days_read_back_are_a_setting_from_none_to_a_year() {
        assertEquals(0, Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "b",
                "NEWS_DIGEST_HISTORY_DAYS", "0")).historyDays());
        assertEquals(14, Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", "b",
                "NEWS_DIGEST_HISTORY_DAYS", " 14 ")).historyDays());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Configuration.fromEnvironment(
                Map.of("NEWS_DIGEST_BUCKET", "b", "NEWS_DIGEST_HISTORY_DAYS", "-1")));

        assertEquals("NEWS_DIGEST_HISTORY_DAYS: expected a number of days from 0 to 366, got -1", e.getMessage());
    }

    @Test
    void a_missing_bucket_fails_the_start() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configuration.fromEnvironment(Map.of()));

        assertEquals("NEWS_DIGEST_BUCKET is not set: name the bucket the functions use", e.getMessage());
    }
}
