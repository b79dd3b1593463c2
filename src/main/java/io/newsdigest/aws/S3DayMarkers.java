package io.newsdigest.aws;

import io.newsdigest.json.Json;
import io.newsdigest.port.DayMarker;
import io.newsdigest.port.DayMarkers;
import io.newsdigest.port.StoredMarker;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Day markers as {@code digests/<day>/sent.json}, versioned by ETag: created with {@code If-None-Match: *},
 * replaced with {@code If-Match: <etag>}, so S3 itself decides between racing runs. Existence is asked with a
 * listing, which the function's prefix-scoped list permission allows (a read of a missing object would be
 * refused rather than answered "not found").
 */
final class S3DayMarkers implements DayMarkers {

    private final S3Client s3;
    private final String bucket;

    S3DayMarkers(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<StoredMarker> read(LocalDate day) {
        String key = BucketLayout.marker(day);
        try {
            boolean exists = s3.listObjectsV2(b -> b.bucket(bucket).prefix(key).maxKeys(1)).contents().stream()
                    .anyMatch(o -> o.key().equals(key));
            if (!exists) {
                return Optional.empty();
            }
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            DayMarker marker = Json.read(object.asByteArray(), DayMarker.class);
            return Optional.of(new StoredMarker(marker, object.response().eTag()));
        } catch (SdkException e) {
            if (S3Errors.absent(e)) {
                return Optional.empty();
            }
            throw S3Errors.unavailable("read " + key, e);
        }
    }

    @Override
    public Optional<String> create(LocalDate day, DayMarker marker) {
        return put(day, marker, b -> b.ifNoneMatch("*"));
    }

    @Override
    public Optional<String> replace(LocalDate day, DayMarker marker, String version) {
        return put(day, marker, b -> b.ifMatch(version));
    }

    private Optional<String> put(LocalDate day, DayMarker marker, Consumer<PutObjectRequest.Builder> condition) {
        String key = BucketLayout.marker(day);
        try {
            String etag = s3.putObject(b -> condition.accept(b.bucket(bucket).key(key)
                            .contentType("application/json; charset=utf-8")),
                    RequestBody.fromString(Json.write(marker), StandardCharsets.UTF_8)).eTag();
            return Optional.of(etag);
        } catch (SdkException e) {
            if (S3Errors.alreadyWritten(e) || S3Errors.absent(e)) {
                return Optional.empty();
            }
            throw S3Errors.unavailable("write " + key, e);
        }
    }
}
