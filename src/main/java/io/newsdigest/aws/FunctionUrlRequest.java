package io.newsdigest.aws;

import java.util.Map;

/**
 * The part of a Lambda function URL request (payload format 2.0) the unsubscribe function reads: the method and
 * the {@code token} query parameter. Everything else in the event is ignored.
 */
record FunctionUrlRequest(Map<String, String> queryStringParameters, RequestContext requestContext) {

    record RequestContext(Http http) {
    }

    record Http(String method) {
    }

    String method() {
        return requestContext == null || requestContext.http() == null ? null : requestContext.http().method();
    }

    String token() {
        return queryStringParameters == null ? null : queryStringParameters.get("token");
    }
}
