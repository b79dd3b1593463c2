package io.newsdigest.quantity;

/** What a {@link Quantity} measures; only quantities of the same dimension (and unit family) compare. */
public enum Dimension {
    /** how many of something: people killed, homes destroyed. */
    COUNT,
    /** a calendar year, or a decade as a range of years. */
    YEAR,
    /** a day of the year as {@code month * 100 + day}; a month alone is the range of its days. */
    DATE,
    /** a day of the week, 1 (Monday) to 7 (Sunday). */
    WEEKDAY,
    /** a time of day in minutes after midnight; the unit names the time zone when one is given. */
    CLOCK,
    PERCENT,
    /** an amount of money; the unit is the currency. */
    MONEY,
    /** metres. */
    LENGTH,
    /** kilograms. */
    MASS,
    /** square kilometres. */
    AREA,
    /** kilometres per hour. */
    SPEED,
    /** degrees Celsius. */
    TEMPERATURE,
    /** seconds. */
    DURATION,
    /** an earthquake's magnitude. */
    MAGNITUDE,
    /** a person's age in years. */
    AGE;

    /** Whether this dimension places an event in time (and so a conflict is of kind {@code date}). */
    public boolean isTemporal() {
        return this == YEAR || this == DATE || this == WEEKDAY || this == CLOCK;
    }
}
