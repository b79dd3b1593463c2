package io.newsdigest.aws;

import static io.newsdigest.aws.Faults.anyKey;
import static io.newsdigest.aws.Faults.s3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * What the functions write into their logs: what Lambda records of an invocation is every line logged and, when
 * it fails, the exception with all its causes. None of it may hold article text, and none of it may hold
 * credentials or signatures, even when AWS echoes them back in an error.
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class LogHygieneTest {

    /** A sentence that appears only inside articles. */
    private static final String SECRET_SENTENCE = "The informant code word is marigold seventeen";
    private static final List<String> CREDENTIALS = List.of("AKIAIOSFODNN7EXAMPLE", "X-Amz-Signature",
            "X-Amz-Credential", "x-amz-security-token", "IQoJb3JpZ2luX2VjEExampleSessionToken", "test-secret",
            "wJalrXUtnFEMI");

    private Cloud cloud;

    @BeforeEach
    void fresh() {
        cloud = new Cloud("logs");
        SesEmulator.clear();
    }

    @Test
    void ingestion_logs_keys_and_reasons_on_one_line_each_and_no_article_text() {
        List<String> keys = List.of(
                cloud.put("inbox/good.txt", "Ferry news\n\n" + SECRET_SENTENCE + ". The ferry stops on Friday.\n"),
                cloud.put("inbox/broken.json", "{\"title\": \"" + SECRET_SENTENCE + "\", \"body\": \"" + SECRET_SENTENCE),
                cloud.put("inbox/forged\nERROR fake line\r\u202Efdp.exe", SECRET_SENTENCE + "\u0000\u0001\u0002"
                        .repeat(40)));

        Cloud.Result r = cloud.ingest(keys);

        assertEquals(3, r.logged().size(), String.join("\n", r.logged()));
        for (String line : r.logged()) {
            assertFalse(line.contains("\n") || line.contains("\r"), "one line per entry: " + line);
            assertFalse(line.contains("\u202E"), "overrides are shown, not obeyed: " + line);
            assertFalse(line.contains("marigold"), "article text in the log: " + line);
        }
        assertTrue(r.logged().stream().anyMatch(l -> l.contains("inbox/forged\\u000AERROR fake line\\u000D\\u202Efdp.exe")),
                String.join("\n", r.logged()));
        assertFalse(r.report().toString().contains("marigold"), "nor in the report Lambda keeps");
    }

    @Test
    void a_digest_run_logs_counts_and_ids_but_no_article_text() {
        cloud.ingest(List.of(cloud.put("inbox/a.txt", "Ferry news\n\n" + SECRET_SENTENCE + ". The ferry stops on Friday.\n"),
                cloud.put("inbox/b.txt", "Ferry report\n\n" + SECRET_SENTENCE + ". The ferry stops on Friday at noon.\n")));
        cloud.put("articles/" + Cloud.DAY + "/" + "0".repeat(64) + ".json",
                "{\"key\": \"inbox/c.txt\", \"title\": {\"text\": \"" + SECRET_SENTENCE + "\"}, \"sentences\": \""
                        + SECRET_SENTENCE + "\"}");

        Cloud.Result r = cloud.digest(cloud.digestHandler(Cloud.RUN, List.of(), List.of()), "run-1");

        assertEquals("SENT", r.outcome());
        assertEquals(1, r.report().get("unreadable").asInt());
        for (String line : r.logged()) {
            assertFalse(line.contains("marigold"), line);
        }
        assertFalse(r.report().toString().contains("marigold"));
    }

    @Test
    void credentials_and_signatures_that_aws_echoes_in_an_error_never_reach_the_log() {
        cloud.oneStoryFiled();
        String canonical = "The request signature we calculated does not match the signature you provided.\n\n"
                + "The Canonical String for this request should have been\n'POST\n/v2/email/outbound-emails\n\n"
                + "host:email.us-east-1.amazonaws.com\nx-amz-date:20240621T070000Z\n"
                + "x-amz-security-token:IQoJb3JpZ2luX2VjEExampleSessionToken\n'\n\nThe String-to-Sign should have been\n"
                + "'AWS4-HMAC-SHA256\n20240621T070000Z\n20240621/us-east-1/ses/aws4_request\n'"
                + " Credential=AKIAIOSFODNN7EXAMPLE/20240621/us-east-1/ses/aws4_request";
        Faults ses = new Faults().fail("SendEmail", k -> true, Integer.MAX_VALUE, () -> SesV2Exception.builder()
                .statusCode(403).message(canonical).awsErrorDetails(AwsErrorDetails.builder().serviceName("SESv2")
                        .errorCode("SignatureDoesNotMatch").errorMessage(canonical).build()).build());

        Cloud.Result mail = cloud.digest(cloud.digestHandler(Cloud.RUN, List.of(), List.of(ses)), "run-1");

        Faults storage = new Faults().fail("ListObjectsV2", anyKey(), Integer.MAX_VALUE, () -> (S3Exception)
                S3Exception.builder().statusCode(403).message("denied https://b.s3.amazonaws.com/k?X-Amz-Credential="
                        + "AKIAIOSFODNN7EXAMPLE&X-Amz-Signature=abc123").awsErrorDetails(AwsErrorDetails.builder()
                        .serviceName("S3").errorCode("SignatureDoesNotMatch").errorMessage("AWSAccessKeyId "
                                + "AKIAIOSFODNN7EXAMPLE; StringToSign x-amz-security-token:IQoJb3JpZ2luX2VjEExampleSessionToken")
                        .build()).build());
        Cloud.Result read = cloud.digest(cloud.digestHandler(Cloud.RUN.plusSeconds(60), List.of(storage), List.of()),
                "run-2");

        for (Cloud.Result r : List.of(mail, read)) {
            assertNotNull(r.failure(), "the run fails");
            List<String> recorded = new ArrayList<>(r.logged());
            for (Throwable t = r.failure(); t != null; t = t.getCause()) {
                recorded.add(t.toString());
                for (Throwable s : t.getSuppressed()) {
                    recorded.add(s.toString());
                }
            }
            for (String line : recorded) {
                for (String secret : CREDENTIALS) {
                    assertFalse(line.contains(secret), secret + " reached the log: " + line);
                }
            }
            assertTrue(recorded.stream().anyMatch(l -> l.contains("SignatureDoesNotMatch")),
                    "the error is still named: " + recorded);
        }
        assertEquals(0, SesEmulator.emails().size());
    }
}
