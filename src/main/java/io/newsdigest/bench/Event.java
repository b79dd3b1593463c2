package io.newsdigest.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One story of the benchmark day: an invented event of some {@link EventKind}, with its place, people and
 * figures. Each figure has the value most outlets report and a rival value (an early count, a different
 * source) some report instead, so the day holds real disagreements between outlets.
 */
final class Event {

    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final int index;
    private final EventKind kind;
    private final Map<String, String> names;
    private final Map<String, int[]> figures;

    private Event(int index, EventKind kind, Map<String, String> names, Map<String, int[]> figures) {
        this.index = index;
        this.kind = kind;
        this.names = Map.copyOf(names);
        this.figures = Map.copyOf(figures);
    }

    /** Invents event number {@code index} of kind {@code kind}; the same random state gives the same event. */
    static Event invent(int index, EventKind kind, Names n, SplittableRandom rng) {
        Map<String, String> names = new HashMap<>();
        names.put("place", n.place(rng));
        names.put("region", n.region(rng));
        names.put("official", n.person(rng));
        names.put("officialTitle", n.pick("officialTitle", rng));
        names.put("agency", n.pick("agency", rng));
        names.put("company", n.company(rng));
        names.put("expert", n.personWithInitial(rng));
        names.put("expertRole", n.pick("expertRole", rng));
        names.put("university", n.university(rng));
        names.put("resident", n.person(rng));
        int day = rng.nextInt(DAYS.size());
        names.put("weekday", DAYS.get(day));
        names.put("otherDay", DAYS.get((day + 2 + rng.nextInt(3)) % DAYS.size()));
        names.put("time", String.format(java.util.Locale.ROOT, "%d:%02d %s", 1 + rng.nextInt(12), rng.nextInt(4) * 15,
                rng.nextBoolean() ? "a.m." : "p.m."));
        names.put("river", n.river(rng));
        names.put("street", n.street(rng));
        for (Map.Entry<String, List<String>> slot : kind.slots().entrySet()) {
            String value = slot.getValue().get(rng.nextInt(slot.getValue().size()));
            names.put(slot.getKey(), TextBank.fill(value, names));
        }
        Map<String, int[]> figures = new HashMap<>();
        for (EventKind.Figure f : kind.figures()) {
            int main = f.style().scale(f.min() + rng.nextInt(f.max() - f.min() + 1));
            figures.put(f.name(), new int[] {main, rival(f.style(), main, rng)});
        }
        return new Event(index, kind, names, figures);
    }

    private static int rival(EventKind.Style style, int main, SplittableRandom rng) {
        int step = Math.max(1, (int) Math.round(main * (0.05 + rng.nextDouble() * 0.2)));
        if (style == EventKind.Style.COUNT && main >= 1000) {
            step = Math.max(10, step / 10 * 10);
        }
        return rng.nextBoolean() || main - step < 1 ? main + step : main - step;
    }

    int index() {
        return index;
    }

    EventKind kind() {
        return kind;
    }

    Map<String, String> names() {
        return names;
    }

    /** The value of figure {@code name}: the one most report, or the rival one. */
    int figure(String name, boolean rival) {
        return figures.get(name)[rival ? 1 : 0];
    }
}
