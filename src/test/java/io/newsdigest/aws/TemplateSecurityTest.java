package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security properties of {@code template.yaml}, each stated over the whole template, so that a resource or
 * statement added later cannot slip past them: least privilege, encryption, no public access, TLS only.
 */
class TemplateSecurityTest {

    /** The bucket's name as the template writes it wherever it names the bucket. */
    private static final Object BUCKET_NAME = Map.of("Fn::Join", List.of("-", List.of("news-digest",
            Map.of("Fn::Select", List.of(2, Map.of("Fn::Split", List.of("/", Map.of("Ref", "AWS::StackId"))))))));
    private static final String OBJECTS = "arn:${AWS::Partition}:s3:::${Name}/";
    private static final String BUCKET = "arn:${AWS::Partition}:s3:::${Name}";
    private static final Set<String> PREFIXES = Set.of("inbox/*", "articles/*", "rejected/*", "digests/*", "unsubscribed/*");

    private static Map<String, Object> template;

    @BeforeAll
    static void read() throws IOException {
        template = CloudFormationYaml.read(Path.of("template.yaml"));
    }

    @Test
    void no_statement_anywhere_allows_a_wildcard_action_or_resource_or_an_inverted_grant() {
        List<Map<String, Object>> allows = statements("Allow");
        assertTrue(allows.size() >= 5, "found only " + allows.size() + " Allow statements");
        for (Map<String, Object> s : allows) {
            String sid = String.valueOf(s.get("Sid"));
            assertFalse(s.containsKey("NotAction") || s.containsKey("NotResource") || s.containsKey("NotPrincipal"),
                    sid + " grants by exclusion");
            for (Object action : list(s.get("Action"))) {
                assertFalse(String.valueOf(action).contains("*"), sid + " allows " + action);
            }
            for (Object resource : list(s.get("Resource"))) {
                assertFalse("*".equals(resource), sid + " allows any resource");
            }
            assertFalse("*".equals(s.get("Principal")) || String.valueOf(s.get("Principal")).contains("\"*\""),
                    sid + " allows anyone");
        }
    }

    @Test
    void functions_hold_only_their_own_statements_no_managed_or_policy_template_grants() {
        for (Map.Entry<String, Map<String, Object>> f : functions().entrySet()) {
            Object role = TemplateTest.at(f.getValue(), "Properties", "Role");
            assertEquals(null, role, f.getKey() + " must not bring a role of its own");
            for (Object policy : list(TemplateTest.at(f.getValue(), "Properties", "Policies"))) {
                assertTrue(policy instanceof Map<?, ?> m && m.containsKey("Statement") && m.size() <= 2,
                        f.getKey() + " uses a managed policy or a SAM policy template: " + policy);
            }
        }
    }

    @Test
    void every_s3_grant_names_this_bucket_and_one_of_its_prefixes() {
        int s3Grants = 0;
        for (Map<String, Object> s : statements("Allow")) {
            List<String> actions = list(s.get("Action")).stream().map(String::valueOf).toList();
            if (actions.stream().noneMatch(a -> a.startsWith("s3:"))) {
                continue;
            }
            assertTrue(actions.stream().allMatch(a -> a.startsWith("s3:")), "S3 and other actions mixed: " + actions);
            for (Object resource : list(s.get("Resource"))) {
                s3Grants++;
                List<?> sub = (List<?>) TemplateTest.map(resource).get("Fn::Sub");
                assertEquals(Map.of("Name", BUCKET_NAME), sub.get(1), "a grant on another bucket: " + s.get("Sid"));
                String arn = (String) sub.get(0);
                if (arn.equals(BUCKET)) {
                    assertEquals(List.of("s3:ListBucket"), actions, "only listing applies to the bucket itself");
                    List<?> prefixes = (List<?>) TemplateTest.at(s, "Condition", "StringLike", "s3:prefix");
                    assertTrue(prefixes != null && PREFIXES.containsAll(prefixes), "listing beyond the prefixes");
                } else {
                    assertTrue(arn.startsWith(OBJECTS) && PREFIXES.contains(arn.substring(OBJECTS.length())),
                            "not scoped to inbox/, articles/, rejected/ or digests/: " + arn);
                }
            }
        }
        assertTrue(s3Grants >= 5, "found only " + s3Grants + " S3 grants");
        assertEquals(Set.of("s3:GetObject", "s3:PutObject"), actionsOf("IngestFunction"),
                "ingestion reads uploads, files articles and keeps rejections, nothing else");
    }

    @Test
    void sending_mail_is_allowed_only_as_the_configured_sender_identity() {
        int sesGrants = 0;
        for (Map<String, Object> s : statements("Allow")) {
            List<String> actions = list(s.get("Action")).stream().map(String::valueOf).toList();
            if (actions.stream().noneMatch(a -> a.startsWith("ses:"))) {
                continue;
            }
            sesGrants++;
            assertEquals(Set.of("ses:SendEmail", "ses:SendRawEmail"), Set.copyOf(actions));
            List<?> resources = list(s.get("Resource"));
            assertEquals(2, resources.size(), "the sender identity and the configuration set, nothing else");
            List<?> sub = (List<?>) TemplateTest.map(resources.get(0)).get("Fn::Sub");
            assertEquals("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Identity}", sub.get(0));
            assertEquals(Map.of("Fn::If", List.of("SenderIdentityGiven", Map.of("Ref", "SenderIdentity"),
                    Map.of("Ref", "SenderAddress"))), TemplateTest.map(sub.get(1)).get("Identity"));
            List<?> set = (List<?>) TemplateTest.map(resources.get(1)).get("Fn::Sub");
            assertEquals("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:configuration-set/${Set}", set.get(0));
        }
        assertEquals(1, sesGrants);
        assertFalse(actionsOf("IngestFunction").stream().anyMatch(a -> a.startsWith("ses:")), "ingestion never sends mail");
    }

    @Test
    void the_bucket_is_encrypted_at_rest_and_kept_when_the_stack_goes() {
        Map<String, Object> bucket = TemplateTest.map(TemplateTest.at(template, "Resources", "Bucket"));
        List<?> rules = (List<?>) TemplateTest.at(bucket, "Properties", "BucketEncryption",
                "ServerSideEncryptionConfiguration");
        assertEquals(1, rules.size());
        Object algorithm = TemplateTest.at(rules.get(0), "ServerSideEncryptionByDefault", "SSEAlgorithm");
        assertTrue(Set.of("AES256", "aws:kms", "aws:kms:dsse").contains(algorithm), "encryption: " + algorithm);
        assertEquals("Retain", bucket.get("DeletionPolicy"), "deleting the stack must not delete the articles");
        assertEquals(Boolean.TRUE, TemplateTest.at(template, "Resources", "FailedEvents", "Properties",
                "SqsManagedSseEnabled"), "failed events hold article keys: encrypted too");
    }

    @Test
    void public_access_is_blocked_on_all_four_counts_and_acls_are_off() {
        Map<String, Object> props = TemplateTest.map(TemplateTest.at(template, "Resources", "Bucket", "Properties"));
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true), props.get("PublicAccessBlockConfiguration"));
        assertEquals("BucketOwnerEnforced",
                TemplateTest.at(((List<?>) TemplateTest.at(props, "OwnershipControls", "Rules")).get(0), "ObjectOwnership"));
        for (Map.Entry<String, Object> r : TemplateTest.map(template.get("Resources")).entrySet()) {
            Object type = TemplateTest.map(r.getValue()).get("Type");
            assertFalse("AWS::Lambda::Url".equals(type) || "AWS::Lambda::Permission".equals(type),
                    r.getKey() + " opens a function to callers");
            if (r.getKey().equals("UnsubscribeFunction")) {
                // the one function open to callers: only when one-click unsubscribe is on, and it may only
                // record unsubscribes (TemplateTest checks its grants)
                assertEquals("OneClickEnabled", TemplateTest.map(r.getValue()).get("Condition"));
                assertEquals(Map.of("AuthType", "NONE"), TemplateTest.at(r.getValue(), "Properties", "FunctionUrlConfig"));
                assertEquals(Set.of("s3:PutObject", "secretsmanager:GetSecretValue"), actionsOf("UnsubscribeFunction"));
                continue;
            }
            Object events = TemplateTest.at(r.getValue(), "Properties", "Events");
            if (events instanceof Map<?, ?> m) {
                for (Object e : m.values()) {
                    Object eventType = TemplateTest.map(e).get("Type");
                    assertTrue(Set.of("S3", "ScheduleV2").contains(eventType), r.getKey() + " is reachable by " + eventType);
                }
            }
            assertEquals(null, TemplateTest.at(r.getValue(), "Properties", "FunctionUrlConfig"));
        }
    }

    @Test
    void the_bucket_policy_refuses_every_request_that_is_not_over_tls() {
        Map<String, Object> policy = TemplateTest.map(TemplateTest.at(template, "Resources", "BucketTlsOnly", "Properties"));
        assertEquals(Map.of("Ref", "Bucket"), policy.get("Bucket"));
        List<?> st = (List<?>) TemplateTest.at(policy, "PolicyDocument", "Statement");
        assertEquals(1, st.size(), "the bucket policy grants nothing, it only denies");
        Map<String, Object> deny = TemplateTest.map(st.get(0));
        assertEquals("Deny", deny.get("Effect"));
        assertEquals("*", deny.get("Principal"));
        assertEquals("s3:*", deny.get("Action"));
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of("Bucket", "Arn")), Map.of("Fn::Sub", "${Bucket.Arn}/*")),
                deny.get("Resource"), "the bucket and every object in it");
        assertEquals(Map.of("Bool", Map.of("aws:SecureTransport", "false")), deny.get("Condition"));
    }

    private static Map<String, Map<String, Object>> functions() {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        TemplateTest.map(template.get("Resources")).forEach((name, r) -> {
            if ("AWS::Serverless::Function".equals(TemplateTest.map(r).get("Type"))) {
                out.put(name, TemplateTest.map(r));
            }
        });
        return out;
    }

    private static Set<String> actionsOf(String function) {
        List<Map<String, Object>> found = new ArrayList<>();
        collect(TemplateTest.at(functions().get(function), "Properties", "Policies"), "Allow", found);
        Set<String> out = new java.util.TreeSet<>();
        found.forEach(s -> list(s.get("Action")).forEach(a -> out.add(String.valueOf(a))));
        return out;
    }

    /** Every policy statement of the template with the given effect: function policies and resource policies. */
    private static List<Map<String, Object>> statements(String effect) {
        List<Map<String, Object>> out = new ArrayList<>();
        collect(template.get("Resources"), effect, out);
        return out;
    }

    private static void collect(Object node, String effect, List<Map<String, Object>> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.containsKey("Effect") && (m.containsKey("Action") || m.containsKey("NotAction"))) {
                if (effect.equals(m.get("Effect"))) {
                    out.add(TemplateTest.map(m));
                }
                return;
            }
            m.values().forEach(v -> collect(v, effect, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, effect, out));
        }
    }

    private static List<?> list(Object node) {
        if (node == null) {
            fail("missing value");
        }
        return node instanceof List<?> l ? l : List.of(node);
    }
}
