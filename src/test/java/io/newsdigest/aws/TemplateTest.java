package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code template.yaml} wires what the code expects, and grants no more than it needs. */
class TemplateTest {

    private static Map<String, Object> template;

    @BeforeAll
    static void read() throws IOException {
        template = CloudFormationYaml.read(Path.of("template.yaml"));
    }

    @Test
    void every_function_runs_a_handler_class_of_the_one_jar() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<finalName>news-digest</finalName>"));
        assertEquals("target/news-digest.jar", at(template, "Globals", "Function", "CodeUri"));
        for (Map.Entry<String, Map<String, Object>> f : functions().entrySet()) {
            String handler = (String) at(f.getValue(), "Properties", "Handler");
            String[] parts = handler.split("::");
            Class<?> type = Class.forName(parts[0]);
            assertTrue(RequestStreamHandler.class.isAssignableFrom(type), handler);
            assertEquals("handleRequest", parts[1]);
            type.getMethod(parts[1], InputStream.class, OutputStream.class, Context.class);
            type.getConstructor();
            assertEquals(Boolean.TRUE, at(f.getValue(), "Metadata", "SkipBuild"), f.getKey());
        }
    }

    @Test
    void functions_run_java21_on_arm64_with_snapstart_json_logs_and_the_quick_jit() {
        Map<String, Object> globals = map(at(template, "Globals", "Function"));
        assertEquals("java21", globals.get("Runtime"));
        assertEquals(List.of("arm64"), globals.get("Architectures"));
        assertEquals("PublishedVersions", at(globals, "SnapStart", "ApplyOn"));
        assertEquals("live", globals.get("AutoPublishAlias"));
        assertEquals("JSON", at(globals, "LoggingConfig", "LogFormat"));
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                at(globals, "Environment", "Variables", "JAVA_TOOL_OPTIONS"));
        for (Map<String, Object> f : functions().values()) {
            assertTrue(at(f, "Properties", "MemorySize") instanceof Integer);
            assertTrue(at(f, "Properties", "Timeout") instanceof Integer);
        }
    }

    @Test
    void only_uploads_to_the_inbox_trigger_ingestion() {
        List<Map<String, Object>> s3Events = new ArrayList<>();
        for (Map<String, Object> f : functions().values()) {
            Map<String, Object> events = map(at(f, "Properties", "Events"));
            if (events != null) {
                events.values().stream().map(TemplateTest::map)
                        .filter(e -> "S3".equals(e.get("Type"))).forEach(s3Events::add);
            }
        }
        assertEquals(1, s3Events.size());
        Map<String, Object> upload = map(at(functions().get("IngestFunction"), "Properties", "Events", "Upload"));
        assertEquals(Map.of("Ref", "Bucket"), at(upload, "Properties", "Bucket"));
        assertEquals("s3:ObjectCreated:*", at(upload, "Properties", "Events"));
        assertEquals(List.of(Map.of("Name", "prefix", "Value", BucketLayout.INBOX)),
                at(upload, "Properties", "Filter", "S3Key", "Rules"));
    }

    @Test
    void no_statement_allows_a_wildcard_action() {
        List<Map<String, Object>> allows = allowStatements();
        assertFalse(allows.isEmpty());
        for (Map<String, Object> s : allows) {
            for (String action : actions(s)) {
                assertFalse(action.contains("*"), "wildcard action " + action + " in " + s.get("Sid"));
            }
            assertFalse(String.valueOf(s.get("Resource")).equals("*"), "any resource in " + s.get("Sid"));
        }
    }

    @Test
    void ingestion_reads_only_the_inbox_and_writes_only_articles() {
        Map<String, List<String>> grants = grants("IngestFunction");

        assertEquals(Map.of("s3:GetObject", List.of("/inbox/*"), "s3:PutObject", List.of("/articles/*", "/rejected/*")),
                grants);
    }

    @Test
    void the_bucket_is_encrypted_private_and_reachable_only_over_tls() {
        Map<String, Object> bucket = map(at(template, "Resources", "Bucket", "Properties"));
        assertEquals("AES256", at(((List<?>) at(bucket, "BucketEncryption", "ServerSideEncryptionConfiguration"))
                .get(0), "ServerSideEncryptionByDefault", "SSEAlgorithm"));
        Map<String, Object> block = map(bucket.get("PublicAccessBlockConfiguration"));
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true), block);
        Map<String, Object> deny = map(((List<?>) at(template, "Resources", "BucketTlsOnly", "Properties",
                "PolicyDocument", "Statement")).get(0));
        assertEquals("Deny", deny.get("Effect"));
        assertEquals("false", at(deny, "Condition", "Bool", "aws:SecureTransport"));
    }

    @Test
    void events_that_still_fail_after_retries_go_to_a_queue() {
        for (String name : List.of("IngestFunction", "DigestFunction")) {
            Map<String, Object> onFailure = map(at(functions().get(name),
                    "Properties", "EventInvokeConfig", "DestinationConfig", "OnFailure"));
            assertEquals("SQS", onFailure.get("Type"), name);
            assertEquals(Map.of("Fn::GetAtt", List.of("FailedEvents", "Arn")), onFailure.get("Destination"), name);
        }
    }

    @Test
    void the_digest_reads_articles_and_markers_writes_digests_and_sends_as_the_sender_only() {
        Map<String, List<String>> grants = grants("DigestFunction");

        assertEquals(List.of("s3:ListBucket", "s3:GetObject", "s3:PutObject", "ses:SendEmail", "ses:SendRawEmail",
                "secretsmanager:GetSecretValue"), List.copyOf(grants.keySet()));
        assertEquals(List.of("/articles/*", "/rejected/*", "/digests/*", "/unsubscribed/*"), grants.get("s3:GetObject"));
        assertEquals(List.of("/digests/*"), grants.get("s3:PutObject"), "never the unsubscribe records");
        for (String send : List.of("ses:SendEmail", "ses:SendRawEmail")) {
            assertEquals(List.of("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Identity}",
                    "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:configuration-set/${Set}"),
                    grants.get(send));
        }
        assertEquals(List.of("Ref UnsubscribeSecret"), grants.get("secretsmanager:GetSecretValue"));
        Map<String, Object> list = statement("DigestFunction", "ListDayFolders");
        assertEquals(List.of("articles/*", "rejected/*", "digests/*", "unsubscribed/*"),
                at(list, "Condition", "StringLike", "s3:prefix"));
        Map<String, Object> send = statement("DigestFunction", "SendAsSenderIdentity");
        Object identity = map(((List<?>) map(((List<?>) send.get("Resource")).get(0)).get("Fn::Sub")).get(1))
                .get("Identity");
        assertEquals(Map.of("Fn::If", List.of("SenderIdentityGiven", Map.of("Ref", "SenderIdentity"),
                Map.of("Ref", "SenderAddress"))), identity);
    }

    @Test
    void the_digest_runs_daily_on_a_configurable_schedule_with_the_scheduled_time() throws Exception {
        Map<String, Object> daily = map(at(functions().get("DigestFunction"), "Properties", "Events", "Daily"));
        assertEquals("ScheduleV2", daily.get("Type"));
        Map<String, Object> p = map(daily.get("Properties"));
        assertEquals(Map.of("Ref", "ScheduleExpression"), p.get("ScheduleExpression"));
        assertEquals(Map.of("Ref", "TimeZone"), p.get("ScheduleExpressionTimezone"));
        assertEquals("cron(0 7 * * ? *)", at(template, "Parameters", "ScheduleExpression", "Default"));
        assertEquals("UTC", at(template, "Parameters", "TimeZone", "Default"));
        assertEquals(Map.of("Ref", "TimeZone"),
                at(template, "Globals", "Function", "Environment", "Variables", "NEWS_DIGEST_TIME_ZONE"));

        String input = ((String) map(p.get("Input")).get("Fn::Sub"))
                .replace("${AWS::AccountId}", "123456789012").replace("${AWS::Region}", "us-east-1")
                .replace("<aws.scheduler.scheduled-time>", "2024-06-21T07:00:00Z");
        DigestRequest request = io.newsdigest.json.Json.read(input.getBytes(), DigestRequest.class);
        assertEquals(java.time.LocalDate.of(2024, 6, 20),
                request.day(java.time.ZoneId.of("UTC"), java.time.Instant.EPOCH));
        Map<String, Object> env = map(at(functions().get("DigestFunction"), "Properties", "Environment", "Variables"));
        assertEquals(Map.of("Ref", "SenderAddress"), env.get("NEWS_DIGEST_SENDER"));
        assertEquals(Map.of("Ref", "Recipients"), env.get("NEWS_DIGEST_RECIPIENTS"));
    }

    @Test
    void every_send_names_a_configuration_set_the_stack_creates_with_delivery_events_in_cloudwatch_or_is_given() {
        Map<String, Object> set = map(at(template, "Resources", "DeliveryEvents"));
        assertEquals("AWS::SES::ConfigurationSet", set.get("Type"));
        assertEquals("CreateConfigurationSet", set.get("Condition"));
        assertEquals(Boolean.TRUE, at(set, "Properties", "ReputationOptions", "ReputationMetricsEnabled"));
        Map<String, Object> destination = map(at(template, "Resources", "DeliveryEventsToCloudWatch"));
        assertEquals("CreateConfigurationSet", destination.get("Condition"));
        assertEquals(Map.of("Ref", "DeliveryEvents"), at(destination, "Properties", "ConfigurationSetName"));
        Map<String, Object> events = map(at(destination, "Properties", "EventDestination"));
        assertEquals(Boolean.TRUE, events.get("Enabled"));
        assertEquals(List.of("bounce", "complaint", "reject", "delivery"), events.get("MatchingEventTypes"));
        assertTrue(events.containsKey("CloudWatchDestination"));
        assertEquals("", at(template, "Parameters", "ConfigurationSetName", "Default"));
        assertEquals(Map.of("Fn::Equals", List.of(Map.of("Ref", "ConfigurationSetName"), "")),
                at(template, "Conditions", "CreateConfigurationSet"));
        Object chosen = Map.of("Fn::If", List.of("CreateConfigurationSet", Map.of("Ref", "DeliveryEvents"),
                Map.of("Ref", "ConfigurationSetName")));
        assertEquals(chosen, at(functions().get("DigestFunction"), "Properties", "Environment", "Variables",
                "NEWS_DIGEST_SES_CONFIGURATION_SET"));
        assertEquals(chosen, at(template, "Outputs", "ConfigurationSet", "Value"));
    }

    @Test
    void one_click_unsubscribe_is_a_function_url_that_may_only_record_unsubscribes_and_read_its_secret() {
        Map<String, Object> f = functions().get("UnsubscribeFunction");
        assertEquals("OneClickEnabled", f.get("Condition"));
        assertEquals("disabled", at(template, "Parameters", "OneClickUnsubscribe", "Default"));
        assertEquals("io.newsdigest.aws.UnsubscribeHandler::handleRequest", at(f, "Properties", "Handler"));
        assertEquals(Map.of("AuthType", "NONE"), at(f, "Properties", "FunctionUrlConfig"),
                "mail providers POST without credentials; the signed token is the authorization");
        assertEquals(null, at(f, "Properties", "Events"), "nothing but its URL invokes it");
        assertEquals(Map.of("s3:PutObject", List.of("/unsubscribed/*"),
                "secretsmanager:GetSecretValue", List.of("Ref UnsubscribeSecret")), grants("UnsubscribeFunction"));
        assertEquals(Map.of("Ref", "UnsubscribeSecret"),
                at(f, "Properties", "Environment", "Variables", "NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN"));

        Map<String, Object> secret = map(at(template, "Resources", "UnsubscribeSecret"));
        assertEquals("AWS::SecretsManager::Secret", secret.get("Type"));
        assertEquals("OneClickEnabled", secret.get("Condition"));
        assertEquals(Boolean.TRUE, at(template, "Parameters", "UnsubscribeSigningSecret", "NoEcho"));
        List<?> generated = (List<?>) map(at(secret, "Properties", "GenerateSecretString")).get("Fn::If");
        assertEquals("UnsubscribeSigningSecretGiven", generated.get(0));
        assertEquals(64, at(generated.get(2), "PasswordLength"), "generated unless one is given");

        Map<String, Object> env = map(at(functions().get("DigestFunction"), "Properties", "Environment", "Variables"));
        assertEquals(Map.of("Fn::If", List.of("OneClickEnabled",
                Map.of("Fn::GetAtt", List.of("UnsubscribeFunctionUrl", "FunctionUrl")), "")),
                env.get("NEWS_DIGEST_UNSUBSCRIBE_URL"));
        assertEquals(Map.of("Fn::If", List.of("OneClickEnabled", Map.of("Ref", "UnsubscribeSecret"), "")),
                env.get("NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN"));
        assertEquals(Map.of("Fn::If", List.of("UnsubscribeAddressGiven", Map.of("Ref", "UnsubscribeAddress"),
                Map.of("Ref", "SenderAddress"))), env.get("NEWS_DIGEST_UNSUBSCRIBE_ADDRESS"));
    }

    private static Map<String, Object> statement(String function, String sid) {
        for (Object policy : (List<?>) at(functions().get(function), "Properties", "Policies")) {
            for (Object st : (List<?>) at(policy, "Statement")) {
                if (sid.equals(statementOf(st).get("Sid"))) {
                    return statementOf(st);
                }
            }
        }
        throw new AssertionError("no statement " + sid + " in " + function);
    }

    /** For one function: each allowed action and the bucket paths it applies to (the part after the name). */
    static Map<String, List<String>> grants(String function) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Object policy : (List<?>) at(functions().get(function), "Properties", "Policies")) {
            for (Object st : (List<?>) at(policy, "Statement")) {
                Map<String, Object> s = statementOf(st);
                Object resource = s.get("Resource");
                List<?> resources = resource instanceof List<?> l ? l : List.of(resource);
                for (String action : actions(s)) {
                    for (Object r : resources) {
                        out.computeIfAbsent(action, k -> new ArrayList<>()).add(path(r));
                    }
                }
            }
        }
        return out;
    }

    /** A policy statement, or the statement a condition adds ({@code !If [Condition, STATEMENT, !Ref AWS::NoValue]}). */
    private static Map<String, Object> statementOf(Object st) {
        Object branch = map(st).get("Fn::If");
        return branch == null ? map(st) : map(((List<?>) branch).get(1));
    }

    private static String path(Object resource) {
        if (map(resource).containsKey("Ref")) {
            return "Ref " + map(resource).get("Ref");
        }
        Object sub = map(resource).get("Fn::Sub");
        String arn = (String) (sub instanceof List<?> l ? l.get(0) : sub);
        if (arn.startsWith("arn:${AWS::Partition}:s3:::${Name}")) {
            return arn.substring("arn:${AWS::Partition}:s3:::${Name}".length());
        }
        return arn;
    }

    static Map<String, Map<String, Object>> functions() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(template.get("Resources")).forEach((name, r) -> {
            if ("AWS::Serverless::Function".equals(map(r).get("Type"))) {
                out.put(name, map(r));
            }
        });
        return out;
    }

    private static List<Map<String, Object>> allowStatements() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> f : functions().values()) {
            for (Object policy : (List<?>) at(f, "Properties", "Policies")) {
                for (Object st : (List<?>) at(policy, "Statement")) {
                    if ("Allow".equals(statementOf(st).get("Effect"))) {
                        out.add(statementOf(st));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> actions(Map<String, Object> statement) {
        Object a = statement.get("Action");
        List<String> out = new ArrayList<>();
        if (a instanceof List<?> l) {
            l.forEach(x -> out.add((String) x));
        } else {
            out.add((String) a);
        }
        return out;
    }

    static Object at(Object node, String... path) {
        Object here = node;
        for (String step : path) {
            if (!(here instanceof Map<?, ?> m)) {
                return null;
            }
            here = m.get(step);
        }
        return here;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
