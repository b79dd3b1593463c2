package io.newsdigest.aws;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts S3Mock (an S3 API server, in this JVM) once for the whole test run and stops it when the run ends.
 * Test classes share it and keep apart by using their own buckets ({@link #newBucket}).
 */
public final class S3MockServer implements BeforeAllCallback {

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(S3MockServer.class, k -> start(), Running.class);
    }

    private static synchronized Running start() {
        if (running == null) {
            Map<String, Object> props = new HashMap<>();
            props.put(S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT);
            props.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
            props.put(S3MockApplication.PROP_SILENT, true);
            props.put("spring.main.banner-mode", "off");
            props.put("logging.level.root", "WARN");
            running = new Running(S3MockApplication.start(props));
        }
        return running;
    }

    /** The plain-HTTP endpoint of the running server. */
    public static URI endpoint() {
        if (running == null) {
            throw new IllegalStateException("register S3MockServer with @ExtendWith first");
        }
        return URI.create("http://localhost:" + running.app().getHttpPort());
    }

    /** A fresh bucket name, so each test class works on its own bucket. */
    public static String newBucket(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Running(S3MockApplication app) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            app.stop();
        }
    }
}
