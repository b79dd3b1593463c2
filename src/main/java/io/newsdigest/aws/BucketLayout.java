package io.newsdigest.aws;

import io.newsdigest.article.Rejection;
import io.newsdigest.port.RecordName;
import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.time.LocalDate;

/**
 * Where things live in the bucket. Only {@code inbox/} triggers the ingest function, so nothing the functions
 * write can trigger it again.
 *
 * <pre>
 * inbox/...                         uploads, written by people
 * articles/YYYY-MM-DD/SHA256.json   parsed articles, one per distinct content, by the ingest function
 * rejected/YYYY-MM-DD/SHA256.json   uploads the ingest function could not read, named by the SHA-256 of their
 *                                   key: {"key", "reason"}, listed in the day's digest
 * digests/YYYY-MM-DD/digest.json    the digest, and digest.html, digest.txt, as mailed, and outline.json, what
 *                                   later days read of it to tell what is new
 * digests/YYYY-MM-DD/sent.json      the day's send marker: claimed, sent (with the SES message id) or failed
 * unsubscribed/SHA256.json          an address that unsubscribed, named by the SHA-256 of the lower-case address:
 *                                   {"address", "at"}, written by the unsubscribe function only
 * </pre>
 */
final class BucketLayout {

    static final String INBOX = "inbox/";

    private BucketLayout() {
    }

    static String articlesOf(LocalDate day) {
        return "articles/" + day + "/";
    }

    static String article(LocalDate day, String sha256) {
        return articlesOf(day) + sha256 + ".json";
    }

    static String rejectedOf(LocalDate day) {
        return "rejected/" + day + "/";
    }

    /** Where {@code rejection} is kept: one record per key and day, whatever the key holds. */
    static String rejection(LocalDate day, Rejection rejection) {
        return rejectedOf(day) + rejection.keyDigest() + ".json";
    }

    static String unsubscribed(String address) {
        return "unsubscribed/" + RecordName.of(UnsubscribeTokens.normalized(address)) + ".json";
    }

    static String digestFile(LocalDate day, String name) {
        return "digests/" + day + "/" + name;
    }

    static String marker(LocalDate day) {
        return digestFile(day, "sent.json");
    }
}
