package org.airshed.core.discrete;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.util.PrimitiveLists;

/**
 * Builds a {@link DiscreteProblem}. Validates as it goes and names the bad value; the
 * scenario converter and {@link DiscreteInstanceGenerator} both use it.
 */
public final class DiscreteProblemBuilder {
    final List<String> regionIds = new ArrayList<>();
    private final Map<String, Integer> regionIndex = new HashMap<>();
    final List<String> sourceIds = new ArrayList<>();
    private final Set<String> sourceIdSet = new HashSet<>();
    final PrimitiveLists.Ints sourceRegion = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles baseline = new PrimitiveLists.Doubles();
    final PrimitiveLists.Ints optionStart = new PrimitiveLists.Ints();
    final List<String> optionName = new ArrayList<>();
    final PrimitiveLists.Doubles removal = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles annualCost = new PrimitiveLists.Doubles();
    boolean hasCap;
    double capRequirement;
    final PrimitiveLists.Ints receptorRegion = new PrimitiveLists.Ints();
    final List<double[]> transferRows = new ArrayList<>();
    final PrimitiveLists.Doubles receptorRequirement = new PrimitiveLists.Doubles();

    DiscreteProblemBuilder() {
        optionStart.add(0);
    }

    /** Adds a region; returns its index. */
    public int addRegion(String id) {
        require(id != null && !id.isBlank(), "region id", id);
        require(!regionIndex.containsKey(id), "region id (duplicate)", id);
        regionIds.add(id);
        regionIndex.put(id, regionIds.size() - 1);
        return regionIds.size() - 1;
    }

    /**
     * Adds a source with its control options (mutually exclusive; "no control" is implicit and
     * becomes option 0, the listed options 1, 2, …); returns its index.
     *
     * @param baselineEmission emission without control (mass per year, ≥ 0)
     */
    public int addSource(String id, int region, double baselineEmission, List<ControlOption> options) {
        require(id != null && !id.isBlank(), "source id", id);
        require(!sourceIdSet.contains(id), "source id (duplicate)", id);
        require(region >= 0 && region < regionIds.size(), "region index of source " + id, region);
        require(Double.isFinite(baselineEmission) && baselineEmission >= 0, "baseline of source " + id,
                baselineEmission);
        Set<String> names = new HashSet<>();
        for (ControlOption option : options) {
            require(!DiscreteProblem.NO_CONTROL.equalsIgnoreCase(option.name()),
                    "option name of source " + id + " (\"" + DiscreteProblem.NO_CONTROL + "\" is implicit)",
                    option.name());
            require(names.add(option.name()), "option name of source " + id + " (duplicate)", option.name());
        }
        for (ControlOption option : options) {
            optionName.add(option.name());
            removal.add(option.removal());
            annualCost.add(option.annualCost());
        }
        optionStart.add(optionName.size());
        sourceIds.add(id);
        sourceIdSet.add(id);
        sourceRegion.add(region);
        baseline.add(baselineEmission);
        return sourceIds.size() - 1;
    }

    /** Requires Σ_i a_i ≥ required (mass per year). */
    public DiscreteProblemBuilder capRequirement(double required) {
        require(Double.isFinite(required), "cap requirement", required);
        hasCap = true;
        capRequirement = required;
        return this;
    }

    /**
     * Adds a receptor limit Σ_i transferRow[region(i)]·a_i ≥ required, with the receptor located
     * in region {@code region}; returns its index. Transfer coefficients are concentration per
     * unit of emission (≥ 0); {@code required} is the reduction in concentration needed.
     */
    public int addReceptor(int region, double[] transferRow, double required) {
        require(region >= 0 && region < regionIds.size(), "receptor region index", region);
        require(transferRow.length == regionIds.size(), "transfer row length (regions " + regionIds.size() + ")",
                transferRow.length);
        for (int r = 0; r < transferRow.length; r++) {
            require(Double.isFinite(transferRow[r]) && transferRow[r] >= 0,
                    "transfer coefficient from region " + regionIds.get(r), transferRow[r]);
        }
        require(Double.isFinite(required), "receptor requirement", required);
        receptorRegion.add(region);
        transferRows.add(transferRow.clone());
        receptorRequirement.add(required);
        return receptorRegion.size() - 1;
    }

    public DiscreteProblem build() {
        return new DiscreteProblem(this);
    }

    private static void require(boolean ok, String what, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("invalid " + what + ": " + value);
        }
    }
}
