package io.newsdigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the code that reviews would otherwise have to keep: AWS stays at the edge. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path AWS_PACKAGE = MAIN.resolve("io/newsdigest/aws");
    private static final Pattern AWS_IMPORT =
            Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?(software\\.amazon\\.|com\\.amazonaws\\.)");

    @Test
    void no_aws_type_is_used_outside_the_aws_package() throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanned++;
                String source = Files.readString(file);
                boolean aws = AWS_IMPORT.matcher(source).find()
                        || source.contains("software.amazon.") || source.contains("com.amazonaws.");
                if (aws && !file.startsWith(AWS_PACKAGE)) {
                    offenders.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertTrue(scanned > 20, "scanned only " + scanned + " files");
        assertEquals(List.of(), offenders);
    }

    @Test
    void the_aws_package_holds_the_handlers() {
        assertTrue(Files.exists(AWS_PACKAGE.resolve("IngestHandler.java")));
    }
}
