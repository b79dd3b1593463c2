package io.newsdigest.aws;

import io.newsdigest.json.Json;
import io.newsdigest.port.Unsubscribes;
import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Unsubscribed addresses as {@code unsubscribed/<sha256 of the lower-case address>.json}, each holding the address
 * and when it unsubscribed. Adding is a conditional write ({@code If-None-Match: *}), so a second request for the
 * same address, even a concurrent one, changes nothing and is told so. Asking reads one record per address, so
 * the digest function needs no listing of who unsubscribed.
 */
final class S3Unsubscribes implements Unsubscribes {

    private final S3Client s3;
    private final String bucket;

    S3Unsubscribes(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public boolean add(String address, Instant at) {
        String key = BucketLayout.unsubscribed(address);
        String record = Json.write(Map.of("address", UnsubscribeTokens.normalized(address), "at", at.toString()));
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).ifNoneMatch("*").contentType("application/json; charset=utf-8"),
                    RequestBody.fromString(record, StandardCharsets.UTF_8));
            return true;
        } catch (SdkException e) {
            if (S3Errors.alreadyWritten(e)) {
                return false;
            }
            throw S3Errors.unavailable("record unsubscribe " + key, e);
        }
    }

    @Override
    public Set<String> among(Collection<String> addresses) {
        Set<String> out = new LinkedHashSet<>();
        for (String address : addresses) {
            String key = BucketLayout.unsubscribed(address);
            try {
                s3.headObject(b -> b.bucket(bucket).key(key));
                out.add(address);
            } catch (SdkException e) {
                if (!S3Errors.absent(e)) {
                    throw S3Errors.unavailable("look up " + key, e);
                }
            }
        }
        return out;
    }
}
