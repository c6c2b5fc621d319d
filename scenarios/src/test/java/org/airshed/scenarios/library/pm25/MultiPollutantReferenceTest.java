package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiRegionOutcome;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.ScenarioSource;
import org.airshed.scenarios.run.ScenarioRunner;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.junit.jupiter.api.Test;

/**
 * The scenario side of version 2 against an independent reference on seeded random files: each file
 * (three regions, three pollutants, sources with step curves or co-control options, signed transfer,
 * random caps and limits) goes through the pipeline, and its least cost, and whether it is feasible,
 * are compared with the dense Commons Math LP written straight from the JSON tree ({@link ReferenceLp},
 * {@link V2File}); the concentrations the run reports are recomputed from its allocation.csv-level
 * abatement against the tree's own transfer coefficients, and checked against the limits.
 */
class MultiPollutantReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REGIONS = List.of("A", "B", "C");
    private static final List<String> POLLUTANTS = List.of("SO2", "NOx", "PM2.5");

    @Test
    void fortySeededFilesAgreeWithTheReferenceLp() {
        int feasible = 0;
        for (int seed = 1; seed <= 40; seed++) {
            ObjectNode tree = randomFile(new SplittableRandom(seed));
            V2File file = V2File.of(tree);
            // The bundled files' stricter contract; an option that removes nothing is valid version 2.
            assertEquals(List.of(), file.problems.stream().filter(p -> !p.endsWith("removes nothing")).toList(),
                    "seed " + seed);
            Double reference;
            try {
                reference = ReferenceLp.solve(file, true, 1).cost();
            } catch (NoFeasibleSolutionException e) {
                reference = null;
            }
            RunContext context = run(tree);
            MultiAllocationReport r = context.multiAllocation();
            if (reference == null) {
                assertTrue(!r.hasAllocation(), "seed " + seed + ": the reference finds no feasible point, the run "
                        + r.status().key() + " at " + r.totalCost());
                continue;
            }
            feasible++;
            assertTrue(r.isOptimal(), "seed " + seed + ": " + r.reasons());
            assertEquals(reference, r.totalCost(), 1e-6 * Math.max(1, reference), "seed " + seed);
            for (MultiRegionOutcome region : r.regions()) {
                Double limit = file.limits.get(region.id());
                if (limit != null) {
                    assertTrue(region.concentration() <= limit + 1e-7 * Math.max(1, limit),
                            "seed " + seed + ": " + region.id() + " at " + region.concentration() + " > " + limit);
                }
            }
        }
        assertTrue(feasible >= 20 && feasible < 40, "a mix of feasible and infeasible files: " + feasible);
    }

    private static RunContext run(ObjectNode tree) {
        ScenarioPipeline pipeline = new ScenarioRunner(new ExactAllocationSolver(), "test").pipeline();
        ScenarioDocument document = pipeline.read(ScenarioSource.tree("random.json", tree.deepCopy(), null),
                Overrides.NONE);
        RunContext context = pipeline.context("random.json", document);
        pipeline.run(context);
        return context;
    }

    private static ObjectNode randomFile(SplittableRandom random) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "random");
        root.put("description", "seeded random version-2 file");
        ArrayNode pollutants = root.putArray("pollutants");
        POLLUTANTS.forEach(p -> pollutants.addObject().put("id", p));
        ArrayNode regions = root.putArray("regions");
        ObjectNode transfer = root.putObject("transfer");
        for (String j : REGIONS) {
            regions.addObject().put("id", j).put("background", 5 + random.nextInt(10));
            ObjectNode row = transfer.putObject(j);
            for (String p : POLLUTANTS) {
                ObjectNode cells = row.putObject(p);
                for (String r : REGIONS) {
                    double t = (j.equals(r) ? 4 : 1) * random.nextDouble() * 1e-3;
                    // nitrate titration: now and then a negative own coefficient
                    cells.put(r, p.equals("NOx") && j.equals(r) && random.nextInt(3) == 0 ? -0.3 * t : t);
                }
            }
        }
        ArrayNode sources = root.putArray("sources");
        double[] total = new double[POLLUTANTS.size()];
        for (int i = 0; i < 9; i++) {
            ObjectNode s = sources.addObject().put("id", "s" + i).put("region", REGIONS.get(i % 3));
            ObjectNode emissions = s.putObject("emissions");
            double[] e = new double[POLLUTANTS.size()];
            for (int p = 0; p < e.length; p++) {
                e[p] = random.nextInt(5) == 0 ? 0 : 100 + random.nextInt(900);
                total[p] += e[p];
                emissions.put(POLLUTANTS.get(p), e[p]);
            }
            if (random.nextBoolean()) {
                ArrayNode options = s.putArray("options");
                int count = random.nextInt(4);
                for (int o = 0; o < count; o++) {
                    ObjectNode option = options.addObject().put("name", "o" + o);
                    ObjectNode removal = option.putObject("removal");
                    for (String p : POLLUTANTS) {
                        if (random.nextBoolean()) {
                            removal.put(p, 0.2 + 0.8 * random.nextDouble());
                        }
                    }
                    option.put("annualCost", 1000 + random.nextInt(100_000));
                }
            } else {
                ObjectNode curves = s.putObject("curves");
                for (int p = 0; p < e.length; p++) {
                    if (e[p] == 0 || random.nextInt(4) == 0) {
                        continue;
                    }
                    ArrayNode steps = curves.putObject(POLLUTANTS.get(p)).putArray("steps");
                    double left = e[p];
                    double unitCost = 10 + random.nextInt(100);
                    for (int b = 0; b < 3 && left > 1; b++) {
                        double amount = Math.floor(left * (0.2 + 0.5 * random.nextDouble()));
                        steps.addObject().put("amount", amount).put("unitCost", unitCost);
                        left -= amount;
                        unitCost += random.nextInt(200);
                    }
                }
            }
        }
        ObjectNode policy = root.putObject("policy");
        ObjectNode caps = policy.putObject("caps");
        for (int p = 0; p < total.length; p++) {
            if (random.nextInt(4) != 0) {
                caps.put(POLLUTANTS.get(p), Math.round(total[p] * (0.55 + 0.45 * random.nextDouble())));
            }
        }
        if (random.nextBoolean()) {
            String j = REGIONS.get(random.nextInt(3));
            double baseline = root.at("/regions/" + REGIONS.indexOf(j) + "/background").asDouble();
            for (String p : POLLUTANTS) {
                for (int i = 0; i < 9; i++) {
                    baseline += transfer.at("/" + j + "/" + p + "/" + REGIONS.get(i % 3)).asDouble()
                            * sources.get(i).at("/emissions/" + p.replace("/", "~1")).asDouble();
                }
            }
            policy.putObject("receptorLimits").put(j, Math.max(0, baseline - random.nextDouble() * 2));
        }
        return root;
    }
}
