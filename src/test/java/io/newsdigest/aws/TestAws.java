package io.newsdigest.aws;

/** What the SDK's default chains read, set the way a developer's machine would set it, for local servers. */
final class TestAws {

    private TestAws() {
    }

    /** Region and (dummy) credentials as system properties, which the SDK's default providers read first. */
    static void credentials() {
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "test-key");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }
}
