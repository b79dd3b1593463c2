package io.newsdigest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds common news synonyms onto one concept so that differently worded sentences about the same thing
 * match ("the quake killed 12" and "12 died in the earthquake"). Works on Porter stems; a stem outside every
 * class is its own concept. The classes are general English, not tied to any story.
 */
public final class Concepts {

    private static final List<List<String>> CLASSES = List.of(
            List.of("agreement", "deal", "pact", "treaty", "accord"),
            List.of("kill", "killed", "killing", "dead", "die", "died", "dying", "death", "deaths", "fatal",
                    "fatalities", "fatality", "toll", "perish", "perished"),
            List.of("injure", "injured", "injuring", "injury", "injuries", "wound", "wounded", "hurt"),
            List.of("missing", "unaccounted"),
            List.of("earthquake", "quake", "tremor", "temblor"),
            List.of("strike", "struck", "hit", "jolt", "jolted", "rocked"),
            List.of("sign", "signed", "signing", "ink", "inked"),
            List.of("scrap", "scrapped", "abolish", "abolished", "discard", "discarded", "abrogate", "abrogated",
                    "terminate", "terminated", "cancel", "cancelled", "canceled", "revoke", "revoked", "annul",
                    "annulled", "rescind", "rescinded", "repeal", "repealed", "axe", "axed"),
            List.of("arrest", "arrested", "detain", "detained", "apprehend", "apprehended"),
            List.of("evacuate", "evacuated", "evacuation", "evacuees", "flee", "fled", "displaced"),
            List.of("rescue", "rescued", "rescuers"),
            List.of("fire", "blaze", "wildfire", "inferno", "flames"),
            List.of("flood", "flooding", "floods", "deluge", "inundated"),
            List.of("storm", "hurricane", "typhoon", "cyclone"),
            List.of("crash", "crashed", "collide", "collided", "collision", "wreck"),
            List.of("plane", "aircraft", "jet", "airliner"),
            List.of("ship", "vessel", "boat", "ferry"),
            List.of("car", "vehicle", "automobile"),
            List.of("house", "houses", "home", "homes", "dwelling"),
            List.of("police", "policemen", "officers"),
            List.of("soldier", "soldiers", "troops", "troop", "servicemen"),
            List.of("announce", "announced", "unveil", "unveiled", "declare", "declared"),
            List.of("resign", "resigned", "quit"),
            List.of("win", "won", "victory", "triumph"),
            List.of("lose", "lost", "defeat", "defeated"),
            List.of("increase", "increased", "rise", "rose", "risen", "climb", "climbed", "grow", "grew", "jump",
                    "jumped", "surge", "surged", "soar", "soared"),
            List.of("decrease", "decreased", "fall", "fell", "fallen", "drop", "dropped", "decline", "declined",
                    "plunge", "plunged", "slump", "slumped"),
            List.of("buy", "bought", "purchase", "purchased", "acquire", "acquired", "acquisition"),
            List.of("sell", "sold", "sale"),
            List.of("company", "firm", "corporation"),
            List.of("worker", "workers", "employee", "employees", "staff"),
            List.of("child", "children", "kid", "kids"),
            List.of("doctor", "doctors", "physician", "physicians"),
            List.of("begin", "began", "begun", "start", "started", "commence", "commenced"),
            List.of("halt", "halted", "suspend", "suspended", "pause", "paused"),
            List.of("aid", "assistance", "assist", "help", "helped"),
            List.of("weapon", "weapons", "arms", "munitions", "ammunition"),
            List.of("defense", "defence"),
            List.of("meeting", "summit", "talks"),
            List.of("visit", "trip"),
            List.of("investigate", "investigation", "probe", "inquiry"),
            List.of("accuse", "accused", "accusing", "allege", "alleged", "allegation", "allegations",
                    "accusation", "accusations"),
            List.of("condemn", "condemned", "condemnation", "denounce", "denounced", "criticize", "criticise",
                    "criticized", "criticised", "criticism"),
            List.of("warn", "warned", "warning"),
            List.of("ban", "banned", "prohibit", "prohibited", "outlaw", "outlawed", "forbid"),
            List.of("law", "legislation", "statute"),
            List.of("court", "tribunal"),
            List.of("prison", "jail", "jailed", "imprisoned"),
            List.of("missile", "missiles", "rocket", "rockets"),
            List.of("explosion", "blast", "explode", "exploded", "detonation"),
            List.of("shooting", "shoot", "shot", "gunfire"),
            List.of("protest", "protests", "demonstration", "demonstrators", "protesters", "rally"),
            List.of("release", "released", "publish", "published", "disclose", "disclosed"),
            List.of("resident", "residents", "inhabitants", "villagers"),
            List.of("hospital", "hospitalized", "hospitalised"),
            List.of("passenger", "passengers", "travellers", "travelers"),
            List.of("crew", "crewmembers"),
            List.of("revive", "revived", "restore", "restored", "restoration", "reinstate", "reinstated"),
            List.of("violate", "violated", "violation", "breach", "breached"),
            List.of("commit", "commits", "commitment", "pledge", "pledged", "promise", "promised", "vow",
                    "vowed"),
            List.of("fear", "fears", "concern", "concerns", "worry", "worries"));

    private static final Map<String, String> CONCEPT_OF_STEM = build();

    private Concepts() {
    }

    private static Map<String, String> build() {
        PorterStemmer stemmer = new PorterStemmer();
        Map<String, String> map = new HashMap<>();
        for (List<String> words : CLASSES) {
            String concept = stemmer.stem(words.get(0));
            for (String w : words) {
                map.putIfAbsent(stemmer.stem(w), concept);
            }
        }
        return Map.copyOf(map);
    }

    /** The concept a Porter stem belongs to, or the stem itself. */
    public static String of(String stem) {
        return CONCEPT_OF_STEM.getOrDefault(stem, stem);
    }
}
