package org.airshed.scenarios.library.pm25;

import java.util.List;
import java.util.Map;

/**
 * Every modelling choice of the us-arp-2020 generator in one place. The CAMPD files give unit
 * types, fuels and installed controls, and facility emissions and allowances; they give no unit
 * capacity and no unit emissions, so these ASSUMED parameters derive them. The description
 * repeats each with its label.
 *
 * @param coalFuels             primary fuels counted as coal-fired (as published in unitData.csv)
 * @param boilerTypes           unit types the EPA utility-boiler measures apply to (prefixes)
 * @param heatInputWeights      ASSUMED relative heat input of a unit by type when a facility's
 *                              allowances and emissions are split between its units: coal units 1,
 *                              others by unit-type prefix
 * @param otherHeatInputWeight  ASSUMED relative heat input of a non-coal unit of any other type
 * @param allocationRate        ASSUMED CSAPR NOx allowances per heat input, lb per MMBtu: turns a
 *                              facility's allocation (given in proportion to historic heat input)
 *                              into heat input
 * @param baselineCapacityFactor ASSUMED capacity factor of the historic heat input behind the allocations
 * @param heatRate              ASSUMED coal heat rate, MMBtu per MWh (10,500 Btu/kWh)
 * @param capacityFactor        ASSUMED 2020 capacity factor for the variable O&amp;M of the cost equations
 * @param so2Remaining          ASSUMED share of uncontrolled SO2 a unit still emits with an installed
 *                              SO2 control (its first listed match), for splitting facility SO2
 * @param nonCoalSo2            ASSUMED relative SO2 rate of a non-coal unit (an uncontrolled coal unit is 1)
 * @param scrubbers             SO2 controls that count as a scrubber: such a unit takes no further FGD
 * @param noxRates              ASSUMED 2020 NOx rates of coal units by control class, lb/MMBtu, for
 *                              splitting facility NOx (keys: scr, sncr, sncr-cyclone, fluidized-bed,
 *                              cyclone, combustion, none; gas-scr, gas)
 * @param combustionControls    NOx control name prefixes that count as combustion controls
 * @param so2Cut                ASSUMED cut of the SO2 cap below the modelled 2020 emissions
 * @param noxCut                ASSUMED cut of the NOx cap below the modelled 2020 emissions
 */
record ArpAssumptions(List<String> coalFuels, List<String> boilerTypes, Map<String, Double> heatInputWeights,
                      double otherHeatInputWeight, double allocationRate, double baselineCapacityFactor,
                      double heatRate, double capacityFactor, Map<String, Double> so2Remaining, double nonCoalSo2,
                      List<String> scrubbers, Map<String, Double> noxRates, List<String> combustionControls,
                      double so2Cut, double noxCut) {

    static final String WET_FGD = "SLSFOUBC";
    static final String DRY_FGD = "SLSDUBC";
    static final String SCR = "NSCR_UBCT";
    static final String SNCR = "NSNCRUBCT";

    static final ArpAssumptions DEFAULT = new ArpAssumptions(
            List.of("Coal", "Coal Refuse", "Petroleum Coke", "Coal, Pipeline Natural Gas", "Coal, Process Gas",
                    "Coal Refuse, Pipeline Natural Gas"),
            List.of("Dry bottom wall-fired boiler", "Tangentially-fired", "Cyclone boiler", "Circulating fluidized bed",
                    "Cell burner boiler", "Wet bottom wall-fired boiler", "Dry bottom turbo-fired boiler", "Stoker",
                    "Bubbling fluidized bed", "Dry bottom vertically-fired boiler", "Wet bottom turbo-fired boiler",
                    "Other boiler"),
            Map.of("Combined cycle", 0.5, "Combustion turbine", 0.1),
            0.5,
            0.15,
            0.70,
            10.5,
            0.40,
            Map.of("Wet Limestone", 0.05, "Wet Lime FGD", 0.05, "Dual Alkali", 0.05, "Sodium Based", 0.05, "Other", 0.05,
                    "Dry Lime FGD", 0.10, "Fluidized Bed Limestone Injection", 0.10, "Dry Sorbent Injection", 0.50),
            0.0005,
            List.of("Wet Limestone", "Wet Lime FGD", "Dry Lime FGD", "Dual Alkali", "Sodium Based", "Other"),
            Map.of("scr", 0.08, "sncr", 0.20, "sncr-cyclone", 0.45, "fluidized-bed", 0.15, "cyclone", 0.60,
                    "combustion", 0.25, "none", 0.40, "gas-scr", 0.02, "gas", 0.08),
            List.of("Low NOx", "Overfire Air", "Combustion Modification"),
            0.30,
            0.20);

    ArpAssumptions {
        coalFuels = List.copyOf(coalFuels);
        boilerTypes = List.copyOf(boilerTypes);
        heatInputWeights = Map.copyOf(heatInputWeights);
        so2Remaining = Map.copyOf(so2Remaining);
        scrubbers = List.copyOf(scrubbers);
        noxRates = Map.copyOf(noxRates);
        combustionControls = List.copyOf(combustionControls);
    }
}
