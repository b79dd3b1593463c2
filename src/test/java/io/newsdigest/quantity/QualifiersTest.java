package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiersTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void an_open_bound_above_reaches_infinity() {
        assertEquals(List.of(6.0, INF), bounds("at least 6 people died"));
        assertEquals(List.of(40.0, INF), bounds("no fewer than 40 people"));
        assertEquals(List.of(5000.0, INF), bounds("more than 5 km"));
        assertEquals(List.of(100.0, INF), bounds("100 or more homes"));
    }

    @Test
    void an_open_bound_below_reaches_zero_or_for_a_temperature_minus_infinity() {
        assertEquals(List.of(0.0, 6.0), bounds("up to 6 people"));
        assertEquals(List.of(0.0, 40.0), bounds("as many as 40 people"));
        assertEquals(List.of(Double.NEGATIVE_INFINITY, -3.0), bounds("temperatures below -3 \u00b0C"));
    }

    @Test
    void nearly_allows_down_to_85_percent_and_about_12_percent_either_way() {
        assertEquals(List.of(85.0, 100.0), bounds("nearly 100 homes"));
        assertEquals(List.of(88.0, 112.0), bounds("about 100 homes"));
        Quantity orSo = only("100 or so homes");
        assertEquals(88, orSo.low(), 1e-9);
        assertEquals(112, orSo.high(), 1e-9);
    }

    @Test
    void a_currency_sign_between_qualifier_and_number_is_read_through() {
        assertEquals(List.of(5.0, INF), bounds("more than $5"));
    }

    private static List<Double> bounds(String sentence) {
        Quantity q = only(sentence);
        return List.of(q.low(), q.high());
    }

    @Test
    void an_approximation_reaches_as_far_as_the_rounding_its_digits_show() {
        assertEquals(60, Qualifiers.approximation(500), 1e-9);
        assertEquals(1.54, Qualifiers.approximation(77), 1e-9);
        assertEquals(8.4, Qualifiers.approximation(70), 1e-9);
        assertEquals(2500, Qualifiers.approximation(125_000), 1e-9);
        assertEquals(0.138, Qualifiers.approximation(6.9), 1e-9);
    }
}
