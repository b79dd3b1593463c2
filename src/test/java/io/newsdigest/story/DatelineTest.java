package io.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineTest {

    private static final String REPORT = "Floodwater swept through the lower town overnight, officials said.";

    @Test
    void drops_the_place_agency_or_date_a_wire_report_opens_with() {
        for (String dateline : List.of("VARN, Ostrelia \u2014 ", "Varn, Ostrelia \u2014 ", "SELWICK (Wirepress) \u2013 ",
                "(Wirepress) \u2014 ", "VARN: ", "NEW SELWICK \u2014 ", "Varn, (Wirepress / Daily Varn - 20th May, 2031) ",
                "Thursday, October 19, 2031 \u2013 ", "19 October 2031 \u2014 ", "KELM, Ostrelia (Wirepress) - ")) {
            assertEquals(REPORT, Dateline.strip(dateline + REPORT), dateline);
        }
    }

    @Test
    void keeps_prose_that_only_looks_like_a_dateline() {
        for (String sentence : List.of(REPORT,
                "President Lina Varga \u2014 who took office in May \u2014 said the dam would hold.",
                "Varn, the capital, was flooded on Sunday night.",
                "Officials said: The dam will hold for now, they added.",
                "Mayor Dorn - a former engineer - inspected the quay.",
                "In Selwick, Mayor Dorn \u2013 a former engineer \u2013 inspected the quay.",
                "VARN \u2014 Flooded.")) {
            assertEquals(sentence, Dateline.strip(sentence), sentence);
        }
    }
}
