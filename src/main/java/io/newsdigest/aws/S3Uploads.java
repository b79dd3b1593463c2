package io.newsdigest.aws;

import io.newsdigest.port.UploadInfo;
import io.newsdigest.port.UploadSource;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Uploads in an S3 bucket: a HEAD describes an object without reading it, a ranged GET reads no more than asked.
 * User metadata that S3 hands back MIME-encoded (non-ASCII values) is decoded.
 */
final class S3Uploads implements UploadSource {

    private final S3Client s3;
    private final String bucket;

    S3Uploads(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<UploadInfo> describe(String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new UploadInfo(head.contentLength(), decoded(head.metadata())));
        } catch (SdkException e) {
            if (S3Errors.absent(e)) {
                return Optional.empty();
            }
            throw S3Errors.unavailable("describe " + key, e);
        }
    }

    @Override
    public Optional<byte[]> read(String key, long limit) {
        try (ResponseInputStream<GetObjectResponse> in =
                     s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=0-" + (limit - 1)))) {
            return Optional.of(in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8)));
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return Optional.of(new byte[0]); // a range of an empty object
            }
            if (S3Errors.absent(e)) {
                return Optional.empty();
            }
            throw S3Errors.unavailable("read " + key, e);
        } catch (SdkException e) {
            throw S3Errors.unavailable("read " + key, e);
        } catch (IOException e) {
            throw S3Errors.unavailable("read " + key, SdkException.create("connection broke", e));
        }
    }

    private static Map<String, String> decoded(Map<String, String> metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((name, value) -> out.put(name.toLowerCase(Locale.ROOT), mimeDecoded(value)));
        return out;
    }

    private static String mimeDecoded(String value) {
        if (!value.contains("=?")) {
            return value;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }
}
