package org.airshed.benchmarks.multipollutant;

import org.airshed.core.allocation.multi.MultiPollutantCertificate;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;

/** Not a benchmark: one solve with its certificate, to look at an instance (sizes from the arguments). */
public final class MultiPollutantTiming {
    private MultiPollutantTiming() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int k = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        MultiPollutantProblem q = MultiPollutantInstances.problem(n, k);
        long t1 = System.nanoTime();
        for (int rep = 0; rep < (args.length > 2 ? Integer.parseInt(args[2]) : 1); rep++) {
            long s0 = System.nanoTime();
            MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
            long s1 = System.nanoTime();
            System.out.printf("build %.0f ms, solve %.0f ms: %s gap %.2e iterations %d cost %.6e caps %s%n",
                    (t1 - t0) / 1e6, (s1 - s0) / 1e6, s.status(), s.relativeGap(), s.iterations(), s.cost(),
                    java.util.Arrays.toString(s.capPrices()));
            if (rep == 0) {
                System.out.println("certificate: " + MultiPollutantCertificate.violation(q, s, 1e-9));
            }
        }
    }
}
