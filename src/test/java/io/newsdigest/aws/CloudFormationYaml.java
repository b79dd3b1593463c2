package io.newsdigest.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a CloudFormation/SAM template: the short intrinsic tags ({@code !Ref}, {@code !Sub}, ...) become their
 * long forms ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}), as CloudFormation reads them.
 */
final class CloudFormationYaml {

    private static final List<String> FUNCTIONS = List.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs",
            "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or");

    private CloudFormationYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        LoadSettings settings = LoadSettings.builder().build();
        return (Map<String, Object>) new Load(settings, new Intrinsics(settings)).loadFromString(Files.readString(file));
    }

    private static final class Intrinsics extends StandardConstructor {

        Intrinsics(LoadSettings settings) {
            super(settings);
            tagConstructors.put(new Tag("!Ref"), node -> Map.of("Ref", constructScalar((ScalarNode) node)));
            tagConstructors.put(new Tag("!Condition"), node -> Map.of("Condition", constructScalar((ScalarNode) node)));
            for (String fn : FUNCTIONS) {
                tagConstructors.put(new Tag("!" + fn), node -> {
                    Object value;
                    if (node instanceof ScalarNode s) {
                        String text = constructScalar(s);
                        value = fn.equals("GetAtt") ? Arrays.asList(text.split("\\.", 2)) : text;
                    } else if (node instanceof SequenceNode q) {
                        value = constructSequence(q);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of("Fn::" + fn, value);
                });
            }
        }
    }
}
