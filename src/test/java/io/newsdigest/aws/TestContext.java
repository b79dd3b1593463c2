package io.newsdigest.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The Lambda runtime's context for a handler under test: a request id, and a logger that keeps its lines. */
final class TestContext implements Context {

    private final String requestId;
    private final List<String> lines = new ArrayList<>();

    TestContext() {
        this(UUID.randomUUID().toString());
    }

    /** A context with a given request id: Lambda keeps the id when it retries an asynchronous invocation. */
    TestContext(String requestId) {
        this.requestId = requestId;
    }

    /** Every line logged so far, each as {@code LEVEL message}. */
    List<String> logged() {
        return List.copyOf(lines);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/test";
    }

    @Override
    public String getLogStreamName() {
        return "test";
    }

    @Override
    public String getFunctionName() {
        return "test";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:test";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 60_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log(message, LogLevel.UNDEFINED);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }

            @Override
            public void log(String message, LogLevel level) {
                synchronized (lines) {
                    lines.add(level + " " + message);
                }
            }
        };
    }
}
