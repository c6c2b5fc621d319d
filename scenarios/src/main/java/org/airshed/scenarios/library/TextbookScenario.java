package org.airshed.scenarios.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/**
 * The bundled {@code textbook} scenario: the Nori &amp; Leets Co. air-pollution LP of Hillier &amp;
 * Lieberman, <i>Introduction to Operations Research</i> (chapter 3), written in the scenario
 * format. Each abatement method j is a region Mj with one source of baseline 1 whose single step
 * {amount 1, unitCost c_j} makes the abatement a_j the fraction x_j of the method used. Each
 * pollutant is a receptor region without sources; with background 0 its "concentration" is
 * Σ_j T_pj (1 − x_j), so the limit Σ_j T_pj − R_p turns "concentration ≤ limit" into the book's
 * "reduction Σ_j T_pj x_j ≥ R_p". Published optimum: x = (1, 0.623, 0.343, 1, 0.048, 1),
 * Z = 32.16 (million USD per year).
 *
 * <p>Regenerate the bundled file from the repository root:
 * <pre>
 * java -cp scenarios/target/airshed.jar org.airshed.scenarios.library.TextbookScenario \
 *     scenarios/src/main/resources/scenarios/textbook.json
 * </pre>
 */
public final class TextbookScenario {
    public static final String NAME = "textbook";
    public static final String RESOURCE = "/scenarios/textbook.json";

    /** Region ids of the six abatement methods, in the book's order x1..x6. */
    public static final List<String> METHODS = List.of("M1", "M2", "M3", "M4", "M5", "M6");
    /** Region ids of the three pollutants (receptors). */
    public static final List<String> POLLUTANTS = List.of("particulates", "sulfur-oxides", "hydrocarbons");
    /** Published optimum x1..x6 (Hillier &amp; Lieberman), to three decimals. */
    public static final List<Double> PUBLISHED_X = List.of(1.0, 0.623, 0.343, 1.0, 0.048, 1.0);
    /** Published optimal annual cost Z, million USD. */
    public static final double PUBLISHED_Z = 32.16;

    private static final List<String> METHOD_NAMES = List.of(
            "taller smokestacks, blast furnaces", "taller smokestacks, open-hearth furnaces",
            "filters, blast furnaces", "filters, open-hearth furnaces",
            "better fuels, blast furnaces", "better fuels, open-hearth furnaces");
    /** Annual cost of using method j fully, million USD. */
    private static final double[] COST = {8, 10, 7, 6, 11, 9};
    /** Reduction (million lb/yr) of pollutant p by full use of method j. */
    private static final double[][] REDUCTION = {
        {12, 9, 25, 20, 17, 13},
        {35, 42, 18, 31, 56, 49},
        {37, 53, 28, 24, 29, 20},
    };
    /** Required annual reduction of each pollutant, million lb. */
    private static final double[] REQUIRED = {60, 150, 125};

    private TextbookScenario() {
    }

    public static Scenario scenario() {
        List<Region> regions = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int j = 0; j < METHODS.size(); j++) {
            String id = METHODS.get(j);
            regions.add(new Region(id, "x" + (j + 1) + ": " + METHOD_NAMES.get(j), OptionalDouble.empty(),
                    OptionalDouble.empty(), 0, 0, 0));
            sources.add(new Source(id + "-use", id, "steel", "industry-IT", 1,
                    new StepCurve(List.of(new Step(1, COST[j])))));
        }
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        Map<String, Double> limits = new LinkedHashMap<>();
        for (int p = 0; p < POLLUTANTS.size(); p++) {
            String id = POLLUTANTS.get(p);
            regions.add(new Region(id, id, OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0));
            Map<String, Double> row = new LinkedHashMap<>();
            double total = 0;
            for (int j = 0; j < METHODS.size(); j++) {
                row.put(METHODS.get(j), REDUCTION[p][j]);
                total += REDUCTION[p][j];
            }
            transfer.put(id, row);
            limits.put(id, total - REQUIRED[p]);
        }
        Policy policy = new Policy(OptionalDouble.empty(), limits, Map.of());
        return new Scenario(NAME, description(), 0, new Units("fraction", "USD million", "million lb/yr"),
                Objective.COST, regions, new TransferMatrix(transfer), sources, policy);
    }

    /** Writes the scenario: {@code TextbookScenario OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TextbookScenario OUTPUT.json");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        ScenarioWriter.write(scenario(), out);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static String description() {
        return "The Nori & Leets Co. air-pollution linear programme of F. S. Hillier and G. J. Lieberman, "
                + "Introduction to Operations Research (McGraw-Hill; chapter 3, example \"Controlling air pollution\"), "
                + "written in the Airshed scenario format as a published check of the "
                + "allocation solver. All numbers are the book's. A steel works must cut its annual emissions of "
                + "particulates by 60, sulfur oxides by 150 and hydrocarbons by 125 million lb using six abatement "
                + "methods, each usable at any fraction x_j in [0, 1] of its maximum: taller smokestacks, filters and "
                + "better fuels, at the blast furnaces and at the open-hearth furnaces. Encoding: each method j is a "
                + "region Mj holding one source of baseline 1 with one step {amount 1, unitCost c_j}, so abatement "
                + "a_j = x_j and the mass unit is the fraction of the method's full use ('emission' 1 - x_j = the part "
                + "left unused); c_j = annual cost of full use, USD million: 8, 10, 7, 6, 11, 9 (money unit USD "
                + "million per year). Each pollutant is a receptor region with no sources; transfer[pollutant][Mj] = "
                + "the reduction (million lb/yr) by full use of method j: particulates 12, 9, 25, 20, 17, 13; sulfur "
                + "oxides 35, 42, 18, 31, 56, 49; hydrocarbons 37, 53, 28, 24, 29, 20. With background 0 the receptor's "
                + "'concentration' (unit million lb/yr) is sum_j transfer x (1 - x_j), the reduction still available "
                + "but not taken, and receptorLimits = sum_j transfer - required reduction = 96 - 60 = 36, "
                + "231 - 150 = 81, 191 - 125 = 66, so 'concentration <= limit' is the book's 'reduction >= "
                + "requirement'. No cap, no duties; objective cost; damages, populations and GDP are 0 or absent "
                + "(not part of the book's model). Published optimum: x = (1, 0.623, 0.343, 1, 0.048, 1), "
                + "Z = 32.16 (USD million per year).";
    }
}
