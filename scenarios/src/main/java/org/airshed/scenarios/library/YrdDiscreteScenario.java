package org.airshed.scenarios.library;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airshed.core.io.AtomicFiles;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TechnologyOption;

/**
 * The bundled {@code yrd-so2-discrete}: {@code yrd-so2} with each source's cost curve turned into
 * whole technologies, solved in discrete mode. A step source's option k installs its first k
 * control levels (the measures of its curve, cheapest first); a quadratic boiler has four
 * options at 25–100 % of its maximum. Every option carries an ILLUSTRATIVE fixed annual cost of
 * 10 % of the source's dearest option (permitting, monitoring, downtime), which makes costs
 * non-convex: a small retrofit is no longer proportionally cheap.
 */
public final class YrdDiscreteScenario {
    public static final String NAME = "yrd-so2-discrete";
    static final double FIXED_SHARE = 0.10;
    static final int QUADRATIC_OPTIONS = 4;
    private static final String NOTE = "\n\nDISCRETE (this variant): every source chooses one technology or none. "
            + "A step source's option level-k installs its first k control measures (cheapest first); a quadratic "
            + "boiler has options at 25, 50, 75 and 100 % of its maximum. Each option adds an ILLUSTRATIVE fixed "
            + "annual cost of 10 % of the source's dearest option (permitting, monitoring, downtime), so costs are "
            + "not convex. Solved in discrete mode; the allocation part is the convex-hull relaxation (the bound).";

    private YrdDiscreteScenario() {
    }

    /** The scenario itself. */
    public static Scenario scenario() {
        Scenario base = YrdScenarioGenerator.generate();
        List<Source> sources = new ArrayList<>();
        for (Source s : base.sources()) {
            sources.add(new Source(s.id(), s.region(), s.sector(), s.department(), s.baseline(),
                    new OptionCurve(s.baseline(), options(s))));
        }
        return new Scenario(NAME, base.description() + NOTE, base.seed(), base.units(), base.objective(),
                base.regions(), base.transfer(), sources, base.policy());
    }

    /** The canonical JSON, exactly as the bundled file holds it. */
    public static String json() {
        return ScenarioWriter.toJson(new ScenarioDocument(scenario(), Map.of("mode", TextNode.valueOf("discrete")),
                Map.of()));
    }

    private static List<TechnologyOption> options(Source s) {
        List<double[]> levels = new ArrayList<>();
        if (s.curve() instanceof StepCurve steps) {
            double amount = 0;
            double cost = 0;
            for (Step step : steps.steps()) {
                amount += step.amount();
                cost += step.amount() * step.unitCost();
                levels.add(new double[] {amount, cost});
            }
        } else if (s.curve() instanceof QuadraticCurve q) {
            for (int k = 1; k <= QUADRATIC_OPTIONS; k++) {
                double a = q.max() * k / QUADRATIC_OPTIONS;
                levels.add(new double[] {a, q.cost(a)});
            }
        }
        double fixed = FIXED_SHARE * levels.get(levels.size() - 1)[1];
        List<TechnologyOption> options = new ArrayList<>();
        for (int k = 0; k < levels.size(); k++) {
            double removal = Math.min(1, levels.get(k)[0] / s.baseline());
            options.add(new TechnologyOption("level-" + (k + 1), removal, levels.get(k)[1] + fixed));
        }
        return options;
    }

    /** Writes the scenario: {@code YrdDiscreteScenario OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        AtomicFiles.writeString(out, json());
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
