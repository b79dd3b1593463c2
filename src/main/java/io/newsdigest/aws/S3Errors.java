package io.newsdigest.aws;

import io.newsdigest.port.StorageUnavailable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** How S3's answers read in the domain: absent, already there, or unavailable for now. */
final class S3Errors {

    private S3Errors() {
    }

    /**
     * The object is not there. S3 answers 403 instead of 404 to a caller that may not list the bucket, and the
     * functions may only read their own prefixes, so both mean "cannot be read here".
     */
    static boolean absent(SdkException e) {
        return e instanceof S3Exception s && (s.statusCode() == 404 || s.statusCode() == 403);
    }

    /** A conditional write found the object already there (412), or racing with a write of the same key (409). */
    static boolean alreadyWritten(SdkException e) {
        return e instanceof S3Exception s && (s.statusCode() == 412 || s.statusCode() == 409);
    }

    static StorageUnavailable unavailable(String what, SdkException e) {
        String detail = e instanceof S3Exception s && s.awsErrorDetails() != null
                ? s.awsErrorDetails().errorCode() + " (" + s.statusCode() + ")"
                : e.getClass().getSimpleName();
        return new StorageUnavailable(what + ": " + detail, RedactedError.of(e));
    }
}
