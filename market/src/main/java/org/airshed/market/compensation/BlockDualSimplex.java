package org.airshed.market.compensation;

import java.util.Arrays;

/**
 * The fast path for a {@link CoalitionProgram} whose members have step curves only: a dual simplex
 * on the linear program over every member's blocks, which never lists the blocks. Every block of a
 * region has the same column (1 for the total, the region's weights for the receptor rows), so a
 * region's state is how many of its sorted blocks are full and whether the next one is basic, and
 * its blocks' reduced costs move together with the region price g = y·column. The ratio test
 * flips blocks bound to bound in price order until the leaving row is satisfied (the long step of a
 * bounded dual simplex), a few heap operations per block crossed. It starts from the equi-marginal
 * vertex of the total alone, at the least price whose blocks cover it, which is dual feasible; when
 * that vertex keeps every receptor row it is the answer, else each iteration brings a row into play.
 *
 * <p>The answer is accepted only if it passes an explicit optimality check (primal and dual
 * feasibility and complementary slackness, to 1e-9 relative); otherwise, or on a singular basis
 * or too many iterations, {@link #solve} returns null and the caller takes the exact solver.
 */
final class BlockDualSimplex {
    private static final double TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 200;

    private final RegionBlocks blocks;
    private final CoalitionProgram program;
    private final int s;
    private final int m;
    /** column[i][k]: region i's coefficient in row k (row 0 the total). */
    private final double[][] column;
    private final double[] requirement;
    private final double[] y;
    /** Blocks [0, fill[i]) of member i are full; block fill[i] is basic when basicAt[i] ≥ 0. */
    private final int[] fill;
    private final int[] basicAt;
    /** basis[q]: member i for its block fill[i], or s + k for row k's surplus. */
    private final int[] basis;
    private final double[] value;
    private final boolean[] surplusBasic;
    /** Gauss–Jordan scratch: the basis beside the identity. */
    private final double[][] tableau;
    /** Scratch of the ratio test, per member: σ·α (price change per unit step), price, next block, its step. */
    private final double[] rate;
    private final double[] regionPrice;
    private final int[] next;
    private final double[] theta;

    private BlockDualSimplex(RegionBlocks blocks, CoalitionProgram program) {
        this.blocks = blocks;
        this.program = program;
        this.s = program.size();
        this.m = 1 + program.rowCount();
        column = new double[s][m];
        for (int i = 0; i < s; i++) {
            column[i][0] = 1;
            for (int k = 1; k < m; k++) {
                column[i][k] = program.weight()[k - 1][i];
            }
        }
        requirement = new double[m];
        requirement[0] = program.requirement();
        for (int k = 1; k < m; k++) {
            requirement[k] = program.rowRequirement()[k - 1];
        }
        y = new double[m];
        fill = new int[s];
        basicAt = new int[s];
        basis = new int[m];
        value = new double[m];
        surplusBasic = new boolean[m];
        tableau = new double[m][2 * m];
        rate = new double[s];
        regionPrice = new double[s];
        next = new int[s];
        theta = new double[s];
    }

    /** The least-cost plan; null when the members cannot meet the total, or when this path cannot certify a plan. */
    static CoalitionSolution solve(RegionBlocks blocks, CoalitionProgram program) {
        double price = equiMarginalPrice(blocks, program.members(), program.requirement());
        if (Double.isNaN(price)) {
            return null;
        }
        BlockDualSimplex simplex = new BlockDualSimplex(blocks, program);
        return simplex.start(price) ? simplex.run() : null;
    }

    /**
     * The least price (0, or a block's unit cost) at which the members' blocks priced at or below it
     * cover {@code requirement}; NaN when all of them do not. Each round prices the weighted median of
     * the members' middle blocks still in play, so at least a quarter of the candidates drop out.
     */
    static double equiMarginalPrice(RegionBlocks blocks, int[] members, double requirement) {
        int s = members.length;
        double capacity = 0;
        double atZero = 0;
        int[] low = new int[s];
        int[] high = new int[s];
        for (int i = 0; i < s; i++) {
            high[i] = blocks.blockCount(members[i]);
            capacity += blocks.amountBelow(members[i], high[i]);
            low[i] = blocks.countAtOrBelow(members[i], 0);
            atZero += blocks.amountBelow(members[i], low[i]);
        }
        if (requirement > capacity * (1 + 1e-12) + 1e-12) {
            return Double.NaN;
        }
        double target = Math.min(requirement, capacity);
        if (atZero >= target) {
            return 0;
        }
        double best = Double.NaN;
        double[] median = new double[s];
        double[] weight = new double[s];
        int[] atOrBelow = new int[s];
        while (true) {
            int live = 0;
            double total = 0;
            for (int i = 0; i < s; i++) {
                if (low[i] < high[i]) {
                    median[live] = blocks.unitCost(members[i], (low[i] + high[i]) >>> 1);
                    weight[live++] = high[i] - low[i];
                    total += high[i] - low[i];
                }
            }
            if (live == 0) {
                return best;
            }
            double pivot = weightedMedian(median, weight, live, total);
            double supply = 0;
            for (int i = 0; i < s; i++) {
                atOrBelow[i] = blocks.countAtOrBelow(members[i], pivot);
                supply += blocks.amountBelow(members[i], atOrBelow[i]);
            }
            if (supply >= target) {
                best = pivot;
                for (int i = 0; i < s; i++) {
                    high[i] = Math.min(high[i], blocks.firstAtOrAbove(members[i], pivot));
                }
            } else {
                for (int i = 0; i < s; i++) {
                    low[i] = Math.max(low[i], atOrBelow[i]);
                }
            }
        }
    }

    /** The smallest value whose cumulative weight, in value order, reaches half the total. */
    private static double weightedMedian(double[] value, double[] weight, int count, double total) {
        for (int a = 1; a < count; a++) {
            for (int b = a; b > 0 && value[b] < value[b - 1]; b--) {
                double v = value[b];
                value[b] = value[b - 1];
                value[b - 1] = v;
                double w = weight[b];
                weight[b] = weight[b - 1];
                weight[b - 1] = w;
            }
        }
        double seen = 0;
        for (int a = 0; a < count; a++) {
            seen += weight[a];
            if (2 * seen >= total) {
                return value[a];
            }
        }
        return value[count - 1];
    }

    /** The vertex of the total row alone at {@code price}: cheaper blocks full, the tied ones filled in member order. */
    private boolean start(double price) {
        y[0] = price;
        Arrays.fill(basicAt, -1);
        for (int k = 1; k < m; k++) {
            basis[k] = s + k;
            surplusBasic[k] = true;
        }
        double need = requirement[0];
        for (int i = 0; i < s; i++) {
            int region = program.members()[i];
            fill[i] = blocks.firstAtOrAbove(region, price);
            need -= blocks.amountBelow(region, fill[i]);
        }
        if (need <= 0 && price == 0) {
            basis[0] = s;
            surplusBasic[0] = true;
            return true;
        }
        int last = -1;
        for (int i = 0; i < s; i++) {
            int region = program.members()[i];
            while (fill[i] < blocks.blockCount(region) && blocks.unitCost(region, fill[i]) == price) {
                double amount = blocks.amount(region, fill[i]);
                if (need < amount) {
                    basicAt[i] = 0;
                    basis[0] = i;
                    return true;
                }
                need -= amount;
                last = i;
                fill[i]++;
            }
        }
        if (last >= 0) {
            // Met exactly at the end of a tied block: that block stays basic, at its upper bound.
            fill[last]--;
            basicAt[last] = 0;
            basis[0] = last;
            return true;
        }
        if (price == 0) {
            basis[0] = s;
            surplusBasic[0] = true;
            return true;
        }
        return false;
    }

    private CoalitionSolution run() {
        double[][] inverse = new double[m][m];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (!invertBasis(inverse)) {
                return null;
            }
            basicValues(inverse);
            int leaving = -1;
            double worst = 0;
            for (int q = 0; q < m; q++) {
                double violation = violation(q) / scale(q);
                if (violation > TOLERANCE && violation > worst) {
                    worst = violation;
                    leaving = q;
                }
            }
            if (leaving < 0) {
                return certified();
            }
            if (!pivot(leaving, inverse[leaving])) {
                return null;
            }
        }
        return null;
    }

    /**
     * One iteration: the leaving variable goes to the bound it breaks, the duals move along its row
     * of B⁻¹, and blocks whose reduced cost reaches zero flip bound to bound, cheapest step first,
     * while the leaving variable's violation lasts; the block (or surplus) that would overshoot enters.
     */
    private boolean pivot(int p, double[] rho) {
        int leaving = basis[p];
        boolean toUpper = value[p] > upper(p);
        double sigma = toUpper ? 1 : -1;
        double slope = toUpper ? value[p] - upper(p) : -value[p];
        if (leaving < s) {
            basicAt[leaving] = -1;
            if (toUpper) {
                fill[leaving]++;
            }
        }
        for (int i = 0; i < s; i++) {
            // A member whose column is basic keeps its price along this row.
            rate[i] = basicAt[i] >= 0 ? 0 : sigma * dot(rho, column[i]);
            regionPrice[i] = price(i);
            next[i] = rate[i] > 0 ? fill[i] : rate[i] < 0 ? fill[i] - 1 : -1;
            theta[i] = breakpoint(i);
        }
        int enteringSurplus = -1;
        double surplusTheta = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            // Surplus k's reduced cost is y_k; it moves by θ·σ·ρ_k and, unbounded above, enters when it reaches 0.
            if (!isBasicSurplus(k) && sigma * rho[k] < 0) {
                double t = Math.max(0, y[k] / -(sigma * rho[k]));
                if (t < surplusTheta) {
                    surplusTheta = t;
                    enteringSurplus = k;
                }
            }
        }
        while (true) {
            int i = -1;
            for (int j = 0; j < s; j++) {
                if (theta[j] < (i < 0 ? Double.POSITIVE_INFINITY : theta[i])) {
                    i = j;
                }
            }
            if (enteringSurplus >= 0 && (i < 0 || surplusTheta <= theta[i])) {
                enter(p, s + enteringSurplus, surplusTheta, sigma, rho);
                return true;
            }
            if (i < 0) {
                return false;
            }
            int region = program.members()[i];
            double step = Math.abs(rate[i]) * blocks.amount(region, next[i]);
            if (slope - step > 0) {
                slope -= step;
                fill[i] = rate[i] > 0 ? next[i] + 1 : next[i];
                next[i] += rate[i] > 0 ? 1 : -1;
                theta[i] = breakpoint(i);
                continue;
            }
            fill[i] = next[i];
            enter(p, i, theta[i], sigma, rho);
            return true;
        }
    }

    /** The step θ at which member i's next block reaches zero reduced cost; +∞ when it has none. */
    private double breakpoint(int i) {
        int block = next[i];
        if (rate[i] == 0 || block < 0 || block >= blocks.blockCount(program.members()[i])) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (blocks.unitCost(program.members()[i], block) - regionPrice[i]) / rate[i]);
    }

    /** Moves the duals by θ along the leaving row and puts {@code entering} in basis position p. */
    private void enter(int p, int entering, double theta, double sigma, double[] rho) {
        for (int k = 0; k < m; k++) {
            y[k] += theta * sigma * rho[k];
        }
        if (basis[p] >= s) {
            surplusBasic[basis[p] - s] = false;
        }
        basis[p] = entering;
        if (entering < s) {
            basicAt[entering] = p;
        } else {
            surplusBasic[entering - s] = true;
        }
        for (int k = 0; k < m; k++) {
            // A basic surplus prices at 0, a nonbasic one at ≥ 0: what differs is rounding.
            if (isBasicSurplus(k) || y[k] < 0) {
                y[k] = 0;
            }
        }
    }

    /** The plan, if the final vertex passes the optimality check; else null. */
    private CoalitionSolution certified() {
        double[] abatement = new double[s];
        double[] cost = new double[s];
        for (int i = 0; i < s; i++) {
            int region = program.members()[i];
            abatement[i] = blocks.amountBelow(region, fill[i]);
            cost[i] = blocks.costBelow(region, fill[i]);
            if (basicAt[i] >= 0) {
                double partial = Math.min(Math.max(value[basicAt[i]], 0), blocks.amount(region, fill[i]));
                abatement[i] += partial;
                cost[i] += partial * blocks.unitCost(region, fill[i]);
            }
            double g = price(i);
            double slack = TOLERANCE * Math.max(1, Math.abs(g));
            int next = fill[i] + (basicAt[i] >= 0 ? 1 : 0);
            if (fill[i] > 0 && blocks.unitCost(region, fill[i] - 1) > g + slack) {
                return null;
            }
            if (next < blocks.blockCount(region) && blocks.unitCost(region, next) < g - slack) {
                return null;
            }
            if (basicAt[i] >= 0 && Math.abs(blocks.unitCost(region, fill[i]) - g) > slack) {
                return null;
            }
        }
        int binding = 0;
        for (int k = 0; k < m; k++) {
            double kept = -requirement[k];
            double size = Math.abs(requirement[k]);
            for (int i = 0; i < s; i++) {
                kept += column[i][k] * abatement[i];
                size += Math.abs(column[i][k] * abatement[i]);
            }
            double slack = TOLERANCE * Math.max(size, Double.MIN_NORMAL);
            if (y[k] < 0 || kept < -slack || (y[k] > 0 && kept > slack)) {
                return null;
            }
            binding += k > 0 && y[k] > 0 ? 1 : 0;
        }
        int[] rows = new int[binding];
        int b = 0;
        for (int k = 1; k < m; k++) {
            if (y[k] > 0) {
                rows[b++] = program.receptors()[k - 1];
            }
        }
        return new CoalitionSolution(abatement, cost, rows);
    }

    private double price(int i) {
        return dot(y, column[i]);
    }

    private boolean isBasicSurplus(int k) {
        return surplusBasic[k];
    }

    private double upper(int q) {
        int v = basis[q];
        return v < s ? blocks.amount(program.members()[v], fill[v]) : Double.POSITIVE_INFINITY;
    }

    private double violation(int q) {
        return Math.max(Math.max(-value[q], value[q] - upper(q)), 0);
    }

    /** The size a basic variable's violation is measured against: its block, or its row's terms. */
    private double scale(int q) {
        int v = basis[q];
        if (v < s) {
            return Math.max(blocks.amount(program.members()[v], fill[v]), Double.MIN_NORMAL);
        }
        int k = v - s;
        double size = Math.abs(requirement[k]);
        for (int i = 0; i < s; i++) {
            size += Math.abs(column[i][k]) * blocks.amountBelow(program.members()[i], fill[i]);
        }
        return Math.max(size, Double.MIN_NORMAL);
    }

    /** x_B = B⁻¹ (r − Σ nonbasic columns × their full blocks). */
    private void basicValues(double[][] inverse) {
        double[] rhs = requirement.clone();
        for (int i = 0; i < s; i++) {
            double full = blocks.amountBelow(program.members()[i], fill[i]);
            for (int k = 0; k < m; k++) {
                rhs[k] -= column[i][k] * full;
            }
        }
        for (int q = 0; q < m; q++) {
            value[q] = dot(inverse[q], rhs);
        }
    }

    /** Gauss–Jordan with partial pivoting on the basis columns; false when singular. */
    private boolean invertBasis(double[][] inverse) {
        double[][] a = tableau;
        for (double[] row : a) {
            Arrays.fill(row, 0);
        }
        for (int q = 0; q < m; q++) {
            int v = basis[q];
            for (int k = 0; k < m; k++) {
                a[k][q] = v < s ? column[v][k] : (k == v - s ? -1 : 0);
            }
        }
        for (int k = 0; k < m; k++) {
            a[k][m + k] = 1;
        }
        for (int c = 0; c < m; c++) {
            int pivot = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-300) {
                return false;
            }
            double[] swap = a[c];
            a[c] = a[pivot];
            a[pivot] = swap;
            double d = a[c][c];
            for (int j = 0; j < 2 * m; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < m; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * m; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        for (int q = 0; q < m; q++) {
            System.arraycopy(a[q], m, inverse[q], 0, m);
        }
        return true;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
