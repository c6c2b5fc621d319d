package org.airshed.core.discrete.solver;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.domain.OptionValue;
import org.airshed.core.discrete.domain.ReceptorRequirement;
import org.airshed.core.discrete.domain.SourceChoice;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The subset neighbourhood: pick one to three sources at random and give them, together, the
 * best assignment other than their current one, the rest held fixed — best by (shortfall, cost)
 * in {@link ScaledProblem} units, found by enumerating their options. With two or three sources
 * this trades abatement between them in one move (one up, another down, a third off), which
 * single change moves cannot do when the rows are tight; with one it is a best change move.
 * Members are drawn from the plan's core (the sources the relaxation's prices leave undecided,
 * {@link org.airshed.core.discrete.heuristic.LagrangianCore}) with probability
 * {@code coreProbability} (default 0.8), else from all sources.
 *
 * <p>Random selection only. Each step's iterator ends after 1,000 + 100 moves per source (at
 * most {@code maxMovesPerStep}, default {@value #MOVES_PER_STEP}), so a step in which no move can
 * be accepted (a local optimum under hill climbing, every move tabu) ends the phase instead of
 * running forever: step limits are only checked between steps. Subset sizes can be set with the
 * custom properties {@code minSubsetSize} and {@code maxSubsetSize} (1 to {@value #LARGEST_SUBSET};
 * default 1 and 3).
 */
public final class SubsetMoveFactory implements MoveIteratorFactory<DiscretePlan, ReassignMove> {
    static final long MOVES_PER_STEP = 10_000;
    static final int LARGEST_SUBSET = 4;

    private int minSubsetSize = 1;
    private int maxSubsetSize = 3;
    private double coreProbability = 0.8;
    private long maxMovesPerStep = MOVES_PER_STEP;

    /** Cap on the moves one step may look at before the phase gives up (see the class comment). */
    public void setMaxMovesPerStep(long moves) {
        if (moves < 1) {
            throw new IllegalArgumentException("invalid maxMovesPerStep: " + moves + " (must be >= 1)");
        }
        maxMovesPerStep = moves;
    }

    /** Chance that a subset member is drawn from the plan's core rather than from all sources. */
    public void setCoreProbability(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("invalid coreProbability: " + probability + " (must be in [0, 1])");
        }
        coreProbability = probability;
    }

    public void setMinSubsetSize(int size) {
        if (size < 1 || size > LARGEST_SUBSET) {
            throw new IllegalArgumentException("invalid minSubsetSize: " + size + " (must be in [1, "
                    + LARGEST_SUBSET + "])");
        }
        minSubsetSize = size;
    }

    public void setMaxSubsetSize(int size) {
        if (size < 1 || size > LARGEST_SUBSET) {
            throw new IllegalArgumentException("invalid maxSubsetSize: " + size + " (must be in [1, "
                    + LARGEST_SUBSET + "])");
        }
        maxSubsetSize = size;
    }

    @Override
    public long getSize(ScoreDirector<DiscretePlan> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getChoices().size();
        return n * (n - 1) / 2;
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<DiscretePlan> scoreDirector) {
        throw new UnsupportedOperationException("the subset neighbourhood supports random selection only");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<DiscretePlan> scoreDirector, Random random) {
        if (minSubsetSize > maxSubsetSize) {
            throw new IllegalStateException("minSubsetSize " + minSubsetSize + " > maxSubsetSize " + maxSubsetSize);
        }
        return new SubsetIterator(scoreDirector.getWorkingSolution(), random, minSubsetSize, maxSubsetSize,
                coreProbability, maxMovesPerStep);
    }

    /**
     * OptaPlanner asks for a new iterator every step, and undoes each evaluated move before the
     * next, so the row totals are those of the step's start: summed once, on the first move.
     */
    private static final class SubsetIterator implements Iterator<ReassignMove> {
        private final DiscretePlan plan;
        private final Random random;
        private final int minSize;
        private final int maxSize;
        private final double coreProbability;
        private final int[] core;
        private final int caps;
        private final int receptors;
        private final long[] required;
        private final long limit;
        private long[] totals;
        private long produced;

        SubsetIterator(DiscretePlan plan, Random random, int minSize, int maxSize, double coreProbability,
                       long maxMoves) {
            this.plan = plan;
            this.random = random;
            this.minSize = minSize;
            this.maxSize = maxSize;
            this.core = plan.getCore();
            // A core too small to fill a subset would loop; it then only shares the draws.
            this.coreProbability = core.length > maxSize ? coreProbability : 0;
            this.caps = plan.getCaps().size();
            this.receptors = plan.getReceptors().size();
            this.required = new long[caps + receptors];
            int n = plan.getChoices().size();
            this.limit = n == 0 ? 0 : Math.min(maxMoves, 1_000 + 100L * n);
            for (int j = 0; j < caps; j++) {
                required[j] = plan.getCaps().get(j).units();
            }
            for (ReceptorRequirement receptor : plan.getReceptors()) {
                required[caps + receptor.index()] = receptor.units();
            }
        }

        @Override
        public boolean hasNext() {
            return produced < limit;
        }

        @Override
        public ReassignMove next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            produced++;
            List<SourceChoice> choices = plan.getChoices();
            if (totals == null) {
                totals = new long[required.length];
                for (SourceChoice choice : choices) {
                    addUnits(totals, choice.getOption(), caps, receptors, 1);
                }
            }
            int n = choices.size();
            int size = Math.min(n, minSize + random.nextInt(maxSize - minSize + 1));
            SourceChoice[] subset = new SourceChoice[size];
            for (int s = 0; s < size; s++) {
                SourceChoice pick;
                do {
                    int source = random.nextDouble() < coreProbability ? core[random.nextInt(core.length)]
                            : random.nextInt(n);
                    pick = choices.get(source);
                } while (contains(subset, s, pick));
                subset[s] = pick;
            }
            long[] rest = totals.clone();
            for (SourceChoice member : subset) {
                addUnits(rest, member.getOption(), caps, receptors, -1);
            }
            Enumeration search = new Enumeration(subset, rest, required, caps, receptors);
            search.run();
            return new ReassignMove(subset, search.best);
        }
    }

    private static boolean contains(SourceChoice[] subset, int size, SourceChoice pick) {
        for (int s = 0; s < size; s++) {
            if (subset[s] == pick) {
                return true;
            }
        }
        return false;
    }

    private static void addUnits(long[] totals, OptionValue option, int caps, int receptors, int sign) {
        if (caps > 0) {
            totals[0] += sign * option.capUnits();
        }
        for (int k = 0; k < receptors; k++) {
            totals[caps + k] += sign * option.receptorUnits(k);
        }
    }

    /**
     * Depth-first over the subset's options; keeps the best assignment unlike the current one
     * (the current one when there is no other: the move is then not doable).
     */
    private static final class Enumeration {
        private final SourceChoice[] subset;
        private final long[] required;
        private final int caps;
        private final int receptors;
        private final OptionValue[] current;
        private final long[][] totals;
        private OptionValue[] best;
        private long bestShortfall = Long.MAX_VALUE;
        private long bestCost = Long.MAX_VALUE;

        Enumeration(SourceChoice[] subset, long[] rest, long[] required, int caps, int receptors) {
            this.subset = subset;
            this.required = required;
            this.caps = caps;
            this.receptors = receptors;
            this.current = new OptionValue[subset.length];
            this.totals = new long[subset.length + 1][];
            this.totals[0] = rest;
        }

        void run() {
            visit(0, 0);
            if (best == null) {
                best = new OptionValue[subset.length];
                for (int s = 0; s < subset.length; s++) {
                    best[s] = subset[s].getOption();
                }
            }
        }

        private void visit(int depth, long cost) {
            if (depth == subset.length) {
                if (sameAsNow()) {
                    return;
                }
                long shortfall = 0;
                for (int j = 0; j < required.length; j++) {
                    shortfall += Math.max(0, required[j] - totals[depth][j]);
                }
                if (shortfall < bestShortfall || (shortfall == bestShortfall && cost < bestCost)) {
                    bestShortfall = shortfall;
                    bestCost = cost;
                    best = current.clone();
                }
                return;
            }
            for (OptionValue option : subset[depth].getOptions()) {
                current[depth] = option;
                long[] next = totals[depth].clone();
                addUnits(next, option, caps, receptors, 1);
                totals[depth + 1] = next;
                visit(depth + 1, cost + option.costUnits());
            }
        }

        private boolean sameAsNow() {
            for (int s = 0; s < subset.length; s++) {
                if (!current[s].equals(subset[s].getOption())) {
                    return false;
                }
            }
            return true;
        }
    }
}
