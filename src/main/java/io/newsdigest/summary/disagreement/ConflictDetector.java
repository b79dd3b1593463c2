package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.StoryReading;
import java.util.List;
import java.util.Set;

/**
 * One way sources of a story can disagree. A detector reads the whole story and returns its conflicts, each with
 * two or more sides; it never reports a side held only by the sources of another side, and never throws on odd
 * text.
 */
interface ConflictDetector {

    /**
     * @param reading    the story, read into statements
     * @param background keys so common in the story that sharing them says nothing
     */
    List<Conflict> find(StoryReading reading, Set<String> background);
}
