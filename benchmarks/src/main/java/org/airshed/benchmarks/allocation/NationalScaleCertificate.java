package org.airshed.benchmarks.allocation;

import java.util.List;
import java.util.Locale;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.OptimalityCheck;

/**
 * The exact solver's answers on the benchmark instances, checked source by source: the KKT
 * certificate ({@link OptimalityCheck}) at 1e-9 relative on every block of N × 5, cap plus K
 * receptor limits. A {@code main}, not a benchmark: it times nothing worth quoting.
 *
 * <pre>java -Xmx6g -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.allocation.NationalScaleCertificate \
 *     [N:K ...]   (default 1000000:10 1000000:0 100000:100 1000000:100)</pre>
 */
public final class NationalScaleCertificate {
    static final double REL_TOL = 1e-9;

    private NationalScaleCertificate() {
    }

    public static void main(String[] args) {
        String[] cases = args.length > 0 ? args : new String[] {"1000000:10", "1000000:0", "100000:100", "1000000:100"};
        boolean allCertified = true;
        for (String c : cases) {
            String[] nk = c.split(":");
            int n = Integer.parseInt(nk[0]);
            int k = Integer.parseInt(nk[1]);
            AllocationProblem p = AllocationInstances.problem(n, k);
            long start = System.nanoTime();
            AllocationSolution s = AllocationInstances.solver(2).solve(p);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> violations = OptimalityCheck.verify(p, s, REL_TOL);
            allCertified &= s.isOptimal() && violations.isEmpty();
            System.out.printf(Locale.ROOT, "N = %d, K = %d: %s, certified gap %.2e, %d iterations, %.2f s (first"
                    + " solve, 2 threads); KKT at %.0e: %s%n", n, k, s.status().key(), s.relativeGap(), s.iterations(),
                    seconds, REL_TOL, violations.isEmpty() ? "every source certified"
                            : violations.size() + " violations, first: " + violations.get(0));
        }
        if (!allCertified) {
            System.exit(1);
        }
    }
}
