package io.newsdigest.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/**
 * The one place AWS clients are built. Region and credentials come from the environment the SDK's default
 * chains read ({@code AWS_REGION}; in Lambda the function role, also after a SnapStart restore); HTTP goes
 * through the JDK's URL connection (no Netty, no Apache client). An endpoint set in the {@link Configuration}
 * points a client at a local S3 or SES API (S3 then uses path-style addresses).
 */
public final class AwsClients {

    private AwsClients() {
    }

    /** The S3 client; {@code interceptors} observe or alter each call (tracing, fault injection in tests). */
    public static S3Client s3(Configuration config, ExecutionInterceptor... interceptors) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(http())
                .overrideConfiguration(o -> {
                    for (ExecutionInterceptor i : interceptors) {
                        o.addExecutionInterceptor(i);
                    }
                });
        if (config.s3Endpoint() != null) {
            builder.endpointOverride(config.s3Endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }

    /**
     * The SES v2 client: throttling is retried by the SDK's standard strategy (exponential backoff with jitter)
     * up to {@link Configuration#sesMaxAttempts()} attempts. {@code interceptors} observe or alter each call
     * (tracing, fault injection in tests).
     */
    public static SesV2Client ses(Configuration config, ExecutionInterceptor... interceptors) {
        SesV2ClientBuilder builder = SesV2Client.builder()
                .httpClient(http())
                .overrideConfiguration(o -> {
                    o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(config.sesMaxAttempts()).build());
                    for (ExecutionInterceptor i : interceptors) {
                        o.addExecutionInterceptor(i);
                    }
                });
        if (config.sesEndpoint() != null) {
            builder.endpointOverride(config.sesEndpoint());
        }
        return builder.build();
    }

    /**
     * The text of the Secrets Manager secret {@code arn} (the unsubscribe signing secret), read once at start-up.
     *
     * @throws IllegalStateException when it cannot be read: the function cannot work without it
     */
    public static String secret(String arn) {
        try (SecretsManagerClient client = SecretsManagerClient.builder().httpClient(http()).build()) {
            String value = client.getSecretValue(b -> b.secretId(arn)).secretString();
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("the secret " + arn + " holds no text");
            }
            return value;
        } catch (SdkException e) {
            throw new IllegalStateException("could not read the secret " + arn + ": "
                    + RedactedError.text(e.getMessage()), RedactedError.of(e));
        }
    }

    private static SdkHttpClient http() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
    }
}
