package io.newsdigest.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Invented people, places, companies and outlets, drawn from {@code names.txt} and {@code outlets.txt}. */
final class Names {

    private final Map<String, List<String>> lists = TextBank.sections("names.txt");
    private final List<Outlet> outlets = TextBank.lines("outlets.txt").stream().map(Outlet::parse).toList();

    String person(SplittableRandom rng) {
        return pick("first", rng) + " " + pick("last", rng);
    }

    /** A person written as outlets sometimes do, with a middle initial. */
    String personWithInitial(SplittableRandom rng) {
        String first = pick("first", rng);
        return first + " " + (char) ('A' + rng.nextInt(26)) + ". " + pick("last", rng);
    }

    String place(SplittableRandom rng) {
        return pick("placeStart", rng) + (rng.nextBoolean() ? pick("placeMiddle", rng) : "") + pick("placeEnd", rng);
    }

    String region(SplittableRandom rng) {
        return rng.nextBoolean() ? pick("regionStart", rng) + " " + place(rng) : place(rng) + " " + pick("regionEnd", rng);
    }

    String river(SplittableRandom rng) {
        return "River " + pick("placeStart", rng) + pick("riverEnd", rng);
    }

    String street(SplittableRandom rng) {
        return pick("last", rng) + " " + pick("streetKind", rng);
    }

    String university(SplittableRandom rng) {
        return rng.nextBoolean() ? "the University of " + place(rng) : place(rng) + " Institute of Technology";
    }

    String company(SplittableRandom rng) {
        return pick("companyStart", rng) + " " + pick("companyEnd", rng);
    }

    String pick(String list, SplittableRandom rng) {
        List<String> l = list(list);
        return l.get(rng.nextInt(l.size()));
    }

    List<String> list(String list) {
        List<String> l = lists.get(list);
        if (l == null) {
            throw new IllegalArgumentException("no list " + list + " in names.txt");
        }
        return l;
    }

    List<Outlet> outlets() {
        return outlets;
    }

    /** A news outlet: its name, its web domain, and the page layout its site uses. */
    record Outlet(String name, String domain, Layout layout) {

        static Outlet parse(String line) {
            String[] p = line.split("\\|");
            if (p.length != 3) {
                throw new IllegalStateException("not an outlet (name | domain | layout): " + line);
            }
            return new Outlet(p[0].strip(), p[1].strip(), Layout.valueOf(p[2].strip().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** The page templates outlets' sites are built on. */
    enum Layout {
        CLASSIC, MODERN, MINIMAL
    }
}
