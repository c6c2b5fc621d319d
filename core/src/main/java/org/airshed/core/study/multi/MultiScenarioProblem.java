package org.airshed.core.study.multi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Objective;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;

/**
 * A version-2 scenario converted once into arrays (structure of arrays): baselines, transfer rows,
 * requirements and welfare weights, indexed as {@link MultiPollutantProblem} documents (pollutant p,
 * region r, source i, receptor row k; {@code [i * P + p]}, {@code [p * R + r]}). The solver's problem is
 * built from them on first use and shared by every section of the run.
 */
public final class MultiScenarioProblem {
    private final MultiPollutantScenario scenario;
    private final String[] pollutants;
    private final String[] regions;
    private final int[] sourceRegion;
    private final double[] baseline;
    private final double[] maxAbatement;
    /** Row of region j's transfer {@code [p * R + r]}; null where the file gives none (concentration = background). */
    private final double[][] transfer;
    private final double[] baselineConcentration;
    private final double[] capRequirement;
    private final int[] receptorRegion;
    private final double[] damage;
    private MultiPollutantProblem problem;

    private MultiScenarioProblem(MultiPollutantScenario scenario) {
        this.scenario = scenario;
        int pCount = scenario.pollutants().size();
        int rCount = scenario.regions().size();
        int n = scenario.sources().size();
        pollutants = scenario.pollutants().toArray(String[]::new);
        regions = scenario.regions().stream().map(r -> r.id()).toArray(String[]::new);
        sourceRegion = new int[n];
        baseline = new double[n * pCount];
        maxAbatement = new double[n * pCount];
        Map<String, Integer> regionIndex = new HashMap<>();
        for (int r = 0; r < rCount; r++) {
            regionIndex.put(regions[r], r);
        }
        double[] regionBaseline = new double[pCount * rCount];
        for (int i = 0; i < n; i++) {
            MultiSource s = scenario.sources().get(i);
            sourceRegion[i] = regionIndex.get(s.region());
            for (int p = 0; p < pCount; p++) {
                baseline[i * pCount + p] = s.emissions(pollutants[p]);
                maxAbatement[i * pCount + p] = maxAbatement(s, pollutants[p]);
                regionBaseline[p * rCount + sourceRegion[i]] += baseline[i * pCount + p];
            }
        }
        transfer = new double[rCount][];
        baselineConcentration = new double[rCount];
        for (int j = 0; j < rCount; j++) {
            Map<String, Map<String, Double>> row = scenario.transfer().coefficients().get(regions[j]);
            baselineConcentration[j] = scenario.regions().get(j).background();
            if (row == null) {
                continue;
            }
            double[] t = new double[pCount * rCount];
            for (int p = 0; p < pCount; p++) {
                Map<String, Double> cells = row.getOrDefault(pollutants[p], Map.of());
                for (Map.Entry<String, Double> cell : cells.entrySet()) {
                    t[p * rCount + regionIndex.get(cell.getKey())] = cell.getValue();
                }
            }
            transfer[j] = t;
            baselineConcentration[j] += dot(t, regionBaseline);
        }
        capRequirement = new double[pCount];
        for (int p = 0; p < pCount; p++) {
            Double cap = scenario.policy().caps().get(pollutants[p]);
            capRequirement[p] = cap == null ? Double.NaN : total(p) - cap;
        }
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < rCount; j++) {
            if (scenario.policy().receptorLimits().containsKey(regions[j])) {
                rows.add(j);
            }
        }
        receptorRegion = rows.stream().mapToInt(Integer::intValue).toArray();
        damage = new double[rCount];
        for (int j = 0; j < rCount; j++) {
            damage[j] = scenario.objective() == Objective.WELFARE ? scenario.damagePerConcentration(j) : 0;
        }
    }

    /** Converts {@code scenario}; the solver's problem waits until {@link #problem()}. */
    public static MultiScenarioProblem of(MultiPollutantScenario scenario) {
        return new MultiScenarioProblem(scenario);
    }

    public MultiPollutantScenario scenario() {
        return scenario;
    }

    public int pollutantCount() {
        return pollutants.length;
    }

    public int regionCount() {
        return regions.length;
    }

    public int sourceCount() {
        return sourceRegion.length;
    }

    public String pollutant(int p) {
        return pollutants[p];
    }

    public String region(int r) {
        return regions[r];
    }

    public int sourceRegion(int i) {
        return sourceRegion[i];
    }

    /** e_ip: baseline emissions of source i, pollutant p (mass). */
    public double baseline(int i, int p) {
        return baseline[i * pollutants.length + p];
    }

    /** The most source i can abate of pollutant p on its own (its curve's end, or its best option's removal). */
    public double maxAbatement(int i, int p) {
        return maxAbatement[i * pollutants.length + p];
    }

    /** Total baseline emissions of pollutant p (mass). */
    public double total(int p) {
        double sum = 0;
        for (int i = 0; i < sourceRegion.length; i++) {
            sum += baseline[i * pollutants.length + p];
        }
        return sum;
    }

    /** Region j's transfer row {@code [p * R + r]}; null when the file gives none. */
    public double[] transferRow(int j) {
        return transfer[j];
    }

    /** Concentration at region j with no abatement: background plus every baseline emission's contribution. */
    public double baselineConcentration(int j) {
        return baselineConcentration[j];
    }

    /** Σ_i a_ip a cap asks of pollutant p (total baseline − cap); NaN when p has no cap. */
    public double capRequirement(int p) {
        return capRequirement[p];
    }

    /** The regions with a limit, in region order: receptor row k is region {@code receptorRegion(k)}. */
    public int[] receptorRegions() {
        return receptorRegion.clone();
    }

    /** δ_j the objective counts (0 for the cost objective): money per concentration unit. */
    public double damage(int j) {
        return damage[j];
    }

    /** The solver's problem, built on first use. */
    public synchronized MultiPollutantProblem problem() {
        if (problem == null) {
            problem = build(capRequirement, null);
        }
        return problem;
    }

    private MultiPollutantProblem build(double[] caps, double[] receptorRequirements) {
        return build(allSources(), caps, receptorRequirements, true);
    }

    /** Every source index, in file order. */
    public int[] allSources() {
        int[] all = new int[sourceRegion.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The indices of the sources in the regions r with {@code members[r]}, in file order. */
    public int[] sourcesIn(boolean[] members) {
        int count = 0;
        for (int r : sourceRegion) {
            count += members[r] ? 1 : 0;
        }
        int[] inside = new int[count];
        int next = 0;
        for (int i = 0; i < sourceRegion.length; i++) {
            if (members[sourceRegion[i]]) {
                inside[next++] = i;
            }
        }
        return inside;
    }

    /**
     * A problem over {@code sources} only (source k of the problem is {@code sources[k]}): requirement
     * {@code caps[p]} on Σ a_p (NaN or ≤ 0: no row), and receptor rows for {@link #receptorRegions()} with
     * {@code receptorRequirements[k]} (null: no receptor rows). What a coalition of regions faces.
     */
    public MultiPollutantProblem restricted(int[] sources, double[] caps, double[] receptorRequirements) {
        return build(sources, caps, receptorRequirements, false);
    }

    private MultiPollutantProblem build(int[] sources, double[] caps, double[] receptorRequirements,
                                        boolean fileLimits) {
        int pCount = pollutants.length;
        int rCount = regions.length;
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(pollutants.clone(), regions.clone());
        for (int i : sources) {
            MultiSource s = scenario.sources().get(i);
            double[] e = new double[pCount];
            System.arraycopy(baseline, i * pCount, e, 0, pCount);
            if (s.hasOptions()) {
                b.optionSource(sourceRegion[i], e);
                for (CoControlOption o : s.options()) {
                    double[] removal = new double[pCount];
                    for (int p = 0; p < pCount; p++) {
                        removal[p] = o.removal(pollutants[p]);
                    }
                    b.option(o.annualCost(), removal);
                }
            } else {
                b.curveSource(sourceRegion[i], e);
                for (int p = 0; p < pCount; p++) {
                    AbatementCurve curve = s.curves().get(pollutants[p]);
                    if (curve instanceof StepCurve steps) {
                        double[] amounts = steps.steps().stream().mapToDouble(Step::amount).toArray();
                        double[] unitCosts = steps.steps().stream().mapToDouble(Step::unitCost).toArray();
                        b.steps(p, amounts, unitCosts);
                    } else if (curve instanceof QuadraticCurve q) {
                        b.quadratic(p, q.linear(), q.slope(), q.max());
                    }
                }
            }
        }
        for (int p = 0; p < pCount; p++) {
            if (caps[p] > 0) {
                b.cap(p, caps[p]);
            }
        }
        for (int k = 0; k < receptorRegion.length && (fileLimits || receptorRequirements != null); k++) {
            int j = receptorRegion[k];
            double[] row = transfer[j] == null ? new double[pCount * rCount] : transfer[j].clone();
            double requirement = receptorRequirements != null ? receptorRequirements[k]
                    : baselineConcentration[j] - scenario.policy().receptorLimits().get(regions[j]);
            b.receptor(row, requirement);
        }
        if (fileLimits && scenario.objective() == Objective.WELFARE) {
            b.weights(weights());
        }
        return b.build();
    }

    /** w_rp = Σ_j δ_j T_jpr: damage avoided per unit of p abated in r. */
    double[] weights() {
        int pCount = pollutants.length;
        int rCount = regions.length;
        double[] w = new double[pCount * rCount];
        for (int j = 0; j < rCount; j++) {
            if (transfer[j] == null || damage[j] == 0) {
                continue;
            }
            for (int c = 0; c < w.length; c++) {
                w[c] += damage[j] * transfer[j][c];
            }
        }
        return w;
    }

    private static double maxAbatement(MultiSource s, String pollutant) {
        if (s.hasOptions()) {
            double best = 0;
            for (CoControlOption o : s.options()) {
                best = Math.max(best, o.removal(pollutant) * s.emissions(pollutant));
            }
            return best;
        }
        AbatementCurve curve = s.curves().get(pollutant);
        return curve == null ? 0 : curve.maxAbatement();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int c = 0; c < a.length; c++) {
            sum += a[c] * b[c];
        }
        return sum;
    }
}
