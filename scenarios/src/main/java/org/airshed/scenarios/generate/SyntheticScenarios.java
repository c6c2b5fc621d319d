package org.airshed.scenarios.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/**
 * The synthetic-scenario generator ({@code airshed generate}, the allocation benchmarks). One
 * stream of draws from {@code new SplittableRandom(spec.seed())} feeds three forms that agree
 * exactly: an {@link AllocationProblem} built directly (no model objects, for 10⁶ sources), a
 * {@link Scenario} (small N), and files ({@link SyntheticScenarioFiles}). The regions come from
 * the first split of the seed's generator and the sources from the second, so the geography
 * depends on the seed, R and N (which scales the receptor sensitivities) only, not on K.
 */
public final class SyntheticScenarios {
    /** Bumped whenever a change to the draws changes what a seed generates. */
    public static final int GENERATOR_VERSION = 1;

    private SyntheticScenarios() {
    }

    /** The problem of {@code spec}, built straight from the draws. */
    public static AllocationProblem problem(GeneratorSpec spec) {
        return problem(spec, source -> { });
    }

    /** The problem of {@code spec}; {@code alsoTo} sees every source too (the benchmarks keep its arrays). */
    public static AllocationProblem problem(GeneratorSpec spec, SourceSink alsoTo) {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        Drawn drawn = Drawn.regions(spec);
        for (int r = 0; r < drawn.regions.count(); r++) {
            builder.addRegion(drawn.regions.id(r), 0);
        }
        SourceSink toBuilder = source -> builder.addStepSource(source.region(), source.baseline(), source.amounts(),
                source.unitCosts());
        drawn.sources(toBuilder.andThen(alsoTo));
        builder.capRequirement(drawn.policy.capRequirement());
        int[] receptors = drawn.policy.receptorRegions();
        for (int j = 0; j < receptors.length; j++) {
            builder.addReceptor(receptors[j], drawn.regions.transferRow(receptors[j]),
                    drawn.policy.receptorRequirements()[j]);
        }
        return builder.build();
    }

    /** The scenario of {@code spec} as model objects: for small N (every source is an object). */
    public static Scenario scenario(GeneratorSpec spec) {
        List<Source> sources = new ArrayList<>();
        SourceIds ids = new SourceIds(spec.sources());
        Drawn drawn = Drawn.regions(spec);
        drawn.sources(source -> sources.add(modelSource(source, ids.of(source.index()),
                drawn.regions.id(source.region()))));
        return frame(spec, drawn, sources);
    }

    private static Source modelSource(DrawnSource source, String id, String region) {
        double[] amounts = source.amounts();
        double[] costs = source.unitCosts();
        List<Step> steps = new ArrayList<>(amounts.length);
        for (int b = 0; b < amounts.length; b++) {
            steps.add(new Step(amounts[b], costs[b]));
        }
        return new Source(id, region, source.sector(), null, source.baseline(), new StepCurve(steps));
    }

    /** The scenario's regions, transfer, policy and texts around {@code sources}. */
    static Scenario frame(GeneratorSpec spec, Drawn drawn, List<Source> sources) {
        return new Scenario(name(spec), description(spec), spec.seed(), Units.DEFAULT, Objective.COST,
                drawn.regions.modelRegions(), transferMatrix(drawn.regions), sources,
                drawn.policy.modelPolicy(drawn.regions));
    }

    static String name(GeneratorSpec spec) {
        return "synthetic-n" + spec.sources() + "-r" + spec.regions() + "-k" + spec.receptors() + "-s" + spec.seed();
    }

    static String description(GeneratorSpec spec) {
        String blocks = spec.minBlocks() == spec.maxBlocks() ? spec.maxBlocks() + " cost blocks per source"
                : spec.minBlocks() + " to " + spec.maxBlocks() + " cost blocks per source (uniform)";
        return String.format(Locale.ROOT, "Synthetic scenario, not data: drawn by airshed generate (generator version %d)"
                        + " with --sources %d --regions %d --receptors %d --min-blocks %d --blocks %d --cap-share %s"
                        + " --receptor-share %s --seed %d. Regions: points on a plane about %.0f km apart, lognormal"
                        + " population (median 5 million), background 4-12 ug/m3. Sources: placed in proportion to"
                        + " population; sectors power/steel/cement/chemicals/other (4/4/10/17/65 %%) with lognormal"
                        + " baselines (medians 4000/2500/800/300/40 t, a few large plants and many small sources); %s"
                        + " covering 50-95 %% of the baseline, convex costs from sector levels"
                        + " 1500/2500/3500/5000/8000 CNY/t with economies of scale, each block 15-100 %% dearer."
                        + " Transfer: c_k exp(-d/%.0f km), own region largest, cut below %s of c_k. Policy: the cap"
                        + " requires %s of the largest possible abatement and each receptor limit (the %d most"
                        + " populous regions) %s of the largest possible reduction there; feasible by construction.",
                GENERATOR_VERSION, spec.sources(), spec.regions(), spec.receptors(), spec.minBlocks(),
                spec.maxBlocks(), spec.capShare(), spec.receptorShare(), spec.seed(),
                SyntheticRegions.REGION_SPACING_KM, blocks, SyntheticRegions.DECAY_KM, SyntheticRegions.CUTOFF,
                spec.capShare(), spec.receptors(), spec.receptorShare());
    }

    /** Every region as a receptor row, non-zero coefficients only, in region order. */
    static TransferMatrix transferMatrix(SyntheticRegions regions) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (int k = 0; k < regions.count(); k++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int r = 0; r < regions.count(); r++) {
                double t = regions.transfer(k, r);
                if (t > 0) {
                    row.put(regions.id(r), t);
                }
            }
            rows.put(regions.id(k), row);
        }
        return new TransferMatrix(rows);
    }

    /** One stream of draws: the regions first, then the sources, then the policy from their totals. */
    static final class Drawn {
        final SyntheticRegions regions;
        private final GeneratorSpec spec;
        private final SplittableRandom sourceRandom;
        SyntheticPolicy policy;

        private Drawn(GeneratorSpec spec, SyntheticRegions regions, SplittableRandom sourceRandom) {
            this.spec = spec;
            this.regions = regions;
            this.sourceRandom = sourceRandom;
        }

        static Drawn regions(GeneratorSpec spec) {
            SplittableRandom root = new SplittableRandom(spec.seed());
            SplittableRandom regionRandom = root.split();
            SplittableRandom sourceRandom = root.split();
            return new Drawn(spec, SyntheticRegions.draw(spec, regionRandom), sourceRandom);
        }

        /** Draws every source into {@code sink} (once), then sets the policy. */
        void sources(SourceSink sink) {
            if (policy != null) {
                throw new IllegalStateException("the sources of " + name(spec) + " were drawn already");
            }
            SourceTotals totals = new SourceTotals(regions.count());
            new SourceDrawer(spec, regions, sourceRandom).drawAll(sink.andThen(totals));
            policy = SyntheticPolicy.of(spec, regions, totals);
        }
    }
}
