package io.newsdigest.aws;

import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An AWS error as the functions may let it reach a log. AWS echoes requests back in some errors (a signature
 * mismatch quotes the canonical request with its headers, session token included; a presigned address carries
 * its signature), and Lambda logs a failed invocation's exception with all its causes. So the functions never
 * attach the SDK's exception itself: they attach this, which keeps its type, error code, status and stack but
 * only the first line of its message, with anything shaped like a key id, signature, credential scope or token
 * masked.
 */
final class RedactedError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 300;
    private static final Pattern SECRETS = Pattern.compile(
            "(?i)\\b(A[KS]IA[0-9A-Z]{12,})\\b|(x-amz-(signature|credential|security-token|date)[=:])[^&\\s']*"
                    + "|\\b(credential|signature|signedheaders|awsaccesskeyid|stringtosign)(=|\\s|:)\\s*[^,&\\s']*");

    private RedactedError(String message, StackTraceElement[] stack) {
        super(message, null, false, true);
        setStackTrace(stack);
    }

    /** The stand-in for {@code e} to attach as a cause. */
    static RedactedError of(SdkException e) {
        String code = "";
        String message = e.getMessage();
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            code = s.awsErrorDetails().errorCode() + " (" + s.statusCode() + "): ";
            message = s.awsErrorDetails().errorMessage();
        }
        return new RedactedError(e.getClass().getSimpleName() + ": " + code + text(message), e.getStackTrace());
    }

    /** {@code message} cut to its first line and {@value #MAX_MESSAGE} characters, secrets masked. */
    static String text(String message) {
        if (message == null) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        String masked = SECRETS.matcher(first).replaceAll("[redacted]");
        return masked.length() > MAX_MESSAGE ? masked.substring(0, MAX_MESSAGE) + "..." : masked;
    }
}
