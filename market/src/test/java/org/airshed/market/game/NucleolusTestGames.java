package org.airshed.market.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Games and excess arithmetic shared by the least-core, nucleolus and Kohlberg tests. */
final class NucleolusTestGames {
    /** docs/DOMAIN.md §5, lexicographic order v1, v2, v3, v12, v13, v23, v123. */
    static final double[] SAVINGS_220 = {0, 0, 0, 90, 100, 120, 220};
    static final double[] SAVINGS_992 = {68, 102, 0, 170, 710, 762, 992};
    /** docs/DOMAIN.md §5, lexicographic order v1..v4, v12, v13, v14, v23, v24, v34, v123, v124, v134, v234, v1234. */
    static final double[] FOUR_PLAYERS = {0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21};
    /** docs/DOMAIN.md §5: stand-alone values sum to 60 > v(N) = 42, so there are no imputations. */
    static final double[] NO_IMPUTATIONS = {6, 12, 42, 12, 42, 42, 42};

    /**
     * SUPERADDITIVE: synergy growing like |S|^1.5, then closed under v(S ∪ T) ≥ v(S) + v(T).
     * SMALL_INTEGERS: values 0..3|S|, many ties, so LP stages are degenerate. ARBITRARY: neither
     * superadditive nor monotone, v(N) large enough for imputations. STRONG_STAND_ALONE: large
     * singletons, so the imputation set is often empty.
     */
    enum Kind { SUPERADDITIVE, SMALL_INTEGERS, ARBITRARY, STRONG_STAND_ALONE }

    private NucleolusTestGames() {
    }

    static List<String> players(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("P" + (i + 1));
        }
        return names;
    }

    /** A game from values listed in lexicographic order, re-listed in {@code order} first, as a file would. */
    static Game fromLex(double[] lex, CoalitionOrder order) {
        int n = Integer.numberOfTrailingZeros(lex.length + 1);
        int[] lexMasks = CoalitionOrder.LEX.masks(n);
        double[] byMask = new double[1 << n];
        for (int k = 0; k < lex.length; k++) {
            byMask[lexMasks[k]] = lex[k];
        }
        int[] orderMasks = order.masks(n);
        double[] listed = new double[lex.length];
        for (int k = 0; k < listed.length; k++) {
            listed[k] = byMask[orderMasks[k]];
        }
        return Game.fromOrder(players(n), order, listed);
    }

    static Game random(Random random, int n, Kind kind) {
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            int size = Integer.bitCount(mask);
            v[mask] = switch (kind) {
                case SUPERADDITIVE -> 100 * Math.pow(size, 1.5) * (0.5 + random.nextDouble());
                case SMALL_INTEGERS -> size == 1 ? random.nextInt(2) : size == n ? 3 * n : random.nextInt(3 * size + 1);
                case ARBITRARY -> size == n ? 50 * n * (1 + random.nextDouble()) : -20 + 120 * random.nextDouble();
                case STRONG_STAND_ALONE -> size == 1 ? 50 + 50 * random.nextDouble() : 100 * random.nextDouble() * size;
            };
        }
        if (kind == Kind.SUPERADDITIVE) {
            superadditiveClosure(v);
        }
        return Game.of(players(n), v);
    }

    /** v(S) ← max(v(S), v(T) + v(S \ T)), smaller coalitions first, so the game becomes superadditive. */
    static void superadditiveClosure(double[] v) {
        for (int mask = 1; mask < v.length; mask++) {
            for (int part = (mask - 1) & mask; part > 0; part = (part - 1) & mask) {
                v[mask] = Math.max(v[mask], v[part] + v[mask ^ part]);
            }
        }
    }

    static boolean hasImputations(Game game) {
        double standAlone = 0;
        for (int i = 0; i < game.playerCount(); i++) {
            standAlone += game.singletonValue(i);
        }
        return standAlone <= game.grandValue();
    }

    /** v(S) − x(S) for every S ∉ {∅, N}, sorted decreasingly. */
    static double[] sortedExcesses(Game game, double[] x) {
        int grand = game.grandMask();
        double[] excesses = new double[grand - 1];
        for (int mask = 1; mask < grand; mask++) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum += x[i];
                }
            }
            excesses[mask - 1] = game.value(mask) - sum;
        }
        Arrays.sort(excesses);
        for (int i = 0, j = excesses.length - 1; i < j; i++, j--) {
            double t = excesses[i];
            excesses[i] = excesses[j];
            excesses[j] = t;
        }
        return excesses;
    }

    static double largestExcess(Game game, double[] x) {
        return game.grandMask() == 1 ? Double.NEGATIVE_INFINITY : sortedExcesses(game, x)[0];
    }

    /** a ≤ b lexicographically, entries within {@code tolerance} counting as equal. */
    static boolean lexicographicallyAtMost(double[] a, double[] b, double tolerance) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] < b[k] - tolerance) {
                return true;
            }
            if (a[k] > b[k] + tolerance) {
                return false;
            }
        }
        return true;
    }

    /** A random imputation: stand-alone values plus a random share of the surplus. */
    static double[] randomImputation(Game game, Random random) {
        int n = game.playerCount();
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = -Math.log(1 - random.nextDouble());
            total += w[i];
        }
        double surplus = game.grandValue();
        for (int i = 0; i < n; i++) {
            surplus -= game.singletonValue(i);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = game.singletonValue(i) + surplus * w[i] / total;
        }
        return x;
    }

    /** x moved by about {@code step} in a random budget-balanced direction, pulled back into I(v). */
    static double[] nearbyImputation(Game game, double[] x, double step, Random random) {
        int n = x.length;
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = random.nextGaussian();
            mean += d[i] / n;
        }
        double t = step;
        for (int i = 0; i < n; i++) {
            d[i] -= mean;
            if (d[i] < 0) {
                t = Math.min(t, (x[i] - game.singletonValue(i)) / -d[i]);
            }
        }
        double[] y = x.clone();
        for (int i = 0; i < n; i++) {
            y[i] += t * d[i];
        }
        return y;
    }
}
