package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void quotesOnlyWhatNeedsQuoting() {
        CsvTable table = new CsvTable(List.of("id", "name", "value"));
        table.row().text("a").text("Jiangsu, Nanjing").number(1.5).end();
        table.row().text("b").text("the \"big\" works").number(Double.NaN).end();
        table.row().text(" c").text("two\nlines").number(2L).end();
        assertEquals("id,name,value\na,\"Jiangsu, Nanjing\",1.5\nb,\"the \"\"big\"\" works\",\n"
                + "\" c\",\"two\nlines\",2\n", table.text());
    }

    @Test
    void rowMustFitTheHeader() {
        CsvTable table = new CsvTable(List.of("id", "name"));
        assertThrows(IllegalStateException.class, () -> table.row().text("a").end());
    }
}
