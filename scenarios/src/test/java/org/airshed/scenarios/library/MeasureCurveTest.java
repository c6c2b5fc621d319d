package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeasureCurveTest {
    private static final MoneyConversion MONEY = MoneyConversion.load(2020);

    private static double cny(double usdPerShortTon, int year) {
        return MONEY.usdPerShortTonToCnyPerTonne(usdPerShortTon, year);
    }

    @Test
    void cheaperPartialMeasureThenIncrementalCostOfTheFullerOne() {
        ControlMeasure sorbent = new ControlMeasure("A", "sorbent injection", 0.40, 2003, 1069);
        ControlMeasure fgd = new ControlMeasure("B", "FGD", 0.90, 2003, 1109);

        List<MeasureCurve.Block> blocks = MeasureCurve.of(List.of(fgd, sorbent), MONEY);

        assertEquals(2, blocks.size());
        assertEquals(0.40, blocks.get(0).efficiency(), 1e-12);
        assertEquals(cny(1069, 2003), blocks.get(0).cnyPerTonne(), 1e-6);
        assertEquals(0.50, blocks.get(1).efficiency(), 1e-12);
        assertEquals((0.9 * cny(1109, 2003) - 0.4 * cny(1069, 2003)) / 0.5, blocks.get(1).cnyPerTonne(), 1e-6);
    }

    @Test
    void measureDearerThanAFullerOneIsDominatedAndDropped() {
        // catalyst additive removes 43 % at a higher total cost than the 97 % wet gas scrubber
        ControlMeasure catalyst = new ControlMeasure("SCATPETCRK", "catalyst", 0.43, 2004, 1493);
        ControlMeasure scrubber = new ControlMeasure("SSCRBPETCK", "scrubber", 0.97, 2004, 665);

        List<MeasureCurve.Block> blocks = MeasureCurve.of(List.of(catalyst, scrubber), MONEY);

        assertEquals(List.of(new MeasureCurve.Block(0.97, cny(665, 2004), "SSCRBPETCK")), blocks);
    }

    @Test
    void equalAlternativesGiveOneBlock() {
        ControlMeasure sprayDryer = new ControlMeasure("SSPRADRKL", "spray dryer", 0.90, 2002, 4000);
        ControlMeasure wetScrubber = new ControlMeasure("SSCRBDRKL", "wet scrubber", 0.90, 2002, 4000);

        assertEquals(1, MeasureCurve.of(List.of(sprayDryer, wetScrubber), MONEY).size());
    }

    @Test
    void moneyConversionUsesCpiRatioRateAndShortTons() {
        double expected = 100 * (258.811 / 184.0) * 6.8974 * (1000 / 907.18474);
        assertEquals(expected, MONEY.usdPerShortTonToCnyPerTonne(100, 2003), 1e-9);
    }

    @Test
    void measuresPricedInCnyGiveTheSameHullAsConvertedOnes() {
        ControlMeasure sorbent = new ControlMeasure("A", "sorbent injection", 0.40, 2003, 1069);
        ControlMeasure fgd = new ControlMeasure("B", "FGD", 0.90, 2003, 1109);
        List<MeasureCurve.Measure> priced = List.of(new MeasureCurve.Measure("B", 0.90, cny(1109, 2003)),
                new MeasureCurve.Measure("A", 0.40, cny(1069, 2003)));

        assertEquals(MeasureCurve.of(List.of(fgd, sorbent), MONEY), MeasureCurve.of(priced));
    }

    @Test
    void cnyToUsdInvertsUsdToCny() {
        assertEquals(1160, MONEY.cnyToUsd(MONEY.usdToCny(1160, 2011), 2011), 1e-9);
    }
}
