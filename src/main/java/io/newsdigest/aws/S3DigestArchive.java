package io.newsdigest.aws;

import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.DigestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The digest archive as {@code digests/<day>/digest.json}, {@code digest.html}, {@code digest.txt} and
 * {@code outline.json}; a day's JSON and outline are read back as streams. A missing object (404, or 403 where the function may not look) is a day without a
 * digest.
 */
final class S3DigestArchive implements DigestArchive {

    private final S3Client s3;
    private final String bucket;

    S3DigestArchive(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void keep(LocalDate day, DigestFiles files) {
        put(BucketLayout.digestFile(day, "digest.json"), files.json(), "application/json; charset=utf-8");
        put(BucketLayout.digestFile(day, "digest.html"), files.html(), "text/html; charset=utf-8");
        put(BucketLayout.digestFile(day, "digest.txt"), files.text(), "text/plain; charset=utf-8");
        put(BucketLayout.digestFile(day, "outline.json"), files.outline(), "application/json; charset=utf-8");
    }

    @Override
    public Optional<InputStream> digestJson(LocalDate day) {
        return open(BucketLayout.digestFile(day, "digest.json"));
    }

    @Override
    public Optional<InputStream> outlineJson(LocalDate day) {
        return open(BucketLayout.digestFile(day, "outline.json"));
    }

    private Optional<InputStream> open(String key) {
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(key)));
        } catch (SdkException e) {
            if (S3Errors.absent(e)) {
                return Optional.empty();
            }
            throw S3Errors.unavailable("read " + key, e);
        }
    }

    private void put(String key, String content, String type) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(type),
                    RequestBody.fromString(content, StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw S3Errors.unavailable("archive " + key, e);
        }
    }
}
