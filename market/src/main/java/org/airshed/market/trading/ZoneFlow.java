package org.airshed.market.trading;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A small dense maximum flow (Edmonds–Karp: shortest augmenting paths) on real capacities, for
 * routing permits between a handful of zones. Flows are kept skew-symmetric, so flow[u][v] is the
 * net flow from u to v; capacities may be +∞.
 */
final class ZoneFlow {
    private final double[][] capacity;
    private final double[][] flow;
    /** Residual capacity at or below this counts as none. */
    private final double epsilon;

    ZoneFlow(int nodes, double epsilon) {
        this.capacity = new double[nodes][nodes];
        this.flow = new double[nodes][nodes];
        this.epsilon = epsilon;
    }

    void setCapacity(int from, int to, double c) {
        capacity[from][to] = c;
    }

    double flow(int from, int to) {
        return flow[from][to];
    }

    /** Augments from {@code source} to {@code sink} until no path is left; returns the flow added. */
    double augment(int source, int sink) {
        int n = capacity.length;
        int[] parent = new int[n];
        double added = 0;
        while (true) {
            Arrays.fill(parent, -1);
            parent[source] = source;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty() && parent[sink] < 0) {
                int u = queue.poll();
                for (int v = 0; v < n; v++) {
                    if (parent[v] < 0 && capacity[u][v] - flow[u][v] > epsilon) {
                        parent[v] = u;
                        queue.add(v);
                    }
                }
            }
            if (parent[sink] < 0) {
                return added;
            }
            double bottleneck = Double.POSITIVE_INFINITY;
            for (int v = sink; v != source; v = parent[v]) {
                bottleneck = Math.min(bottleneck, capacity[parent[v]][v] - flow[parent[v]][v]);
            }
            for (int v = sink; v != source; v = parent[v]) {
                flow[parent[v]][v] += bottleneck;
                flow[v][parent[v]] -= bottleneck;
            }
            added += bottleneck;
        }
    }
}
