package org.airshed.scenarios.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random scenario files with a permit market whose money is drawn near the ledger's range: the
 * largest amount a market could move (a price times permits) is 10^8 to 10^18 (half of them 10^14 to 10^18), split at random between the
 * masses (baselines 1 to 10^9 t) and the unit costs. Version 1 under every mechanism and its options
 * (transaction costs, zones, ambient offsets, periods with banking and borrowing, floors and ceilings, the
 * uniform-price auction with reserves, shares and bids, the double auction), version 2 under every
 * allocation rule. Most files can run; some are refused (numbers past 1e15, caps no source can meet): both
 * are outcomes to check, never an internal error.
 */
final class RandomMarketFiles {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FREE_RULES = List.of("grandfathering", "equal-proportional", "per-capita",
            "gdp", "duties");

    private RandomMarketFiles() {
    }

    /** A file drawn from {@code random}: version 2 one time in three. */
    static ObjectNode draw(SplittableRandom random) {
        // Half the files within a factor of 100 of the ledger's 1e16 either way, where the bound decides.
        double money = Math.pow(10, random.nextBoolean() ? 8 + 10 * random.nextDouble() : 14 + 4 * random.nextDouble());
        double mass = Math.pow(10, 9 * random.nextDouble());
        // Baselines up to 100·mass, unit costs up to 100·cost: their product about money.
        double cost = Math.max(money / (100 * mass), 1e-2) / 100;
        return random.nextInt(3) == 0 ? version2(random, mass, cost) : version1(random, mass, cost);
    }

    private static ObjectNode version1(SplittableRandom random, double mass, double cost) {
        ObjectNode file = base("v1");
        int regions = 2 + random.nextInt(2);
        ArrayNode regionList = file.putArray("regions");
        for (int r = 0; r < regions; r++) {
            regionList.addObject().put("id", "R" + r).put("population", 1 + random.nextInt(100))
                    .put("gdp", 1 + random.nextInt(100));
        }
        int n = 2 + random.nextInt(5);
        ArrayNode sources = file.putArray("sources");
        double baseline = 0;
        double reach = 0;
        for (int i = 0; i < n; i++) {
            double e = round(mass * (1 + 99 * random.nextDouble()));
            ObjectNode s = sources.addObject().put("id", "s" + i).put("region", "R" + (i % regions)).put("baseline", e);
            double left = e;
            if (random.nextInt(4) == 0) {
                double max = round(e * (0.3 + 0.7 * random.nextDouble()));
                s.putObject("quadratic").put("linear", round(cost * 10 * random.nextDouble()))
                        .put("slope", cost * 100 * random.nextDouble() / max).put("max", max);
                reach += max;
            } else {
                ArrayNode steps = s.putArray("steps");
                double unitCost = 0;
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    double amount = round(left * (0.2 + 0.6 * random.nextDouble()));
                    left -= amount;
                    unitCost = round(unitCost + cost * (1 + 40 * random.nextDouble()));
                    steps.addObject().put("amount", amount).put("unitCost", unitCost);
                    reach += amount;
                }
            }
            baseline += e;
        }
        double cap = round(baseline - reach * (0.1 + 0.85 * random.nextDouble()));
        ObjectNode policy = file.putObject("policy").put("cap", cap);
        ObjectNode duties = policy.putObject("duties");
        for (int r = 0; r < regions; r++) {
            duties.put("R" + r, round((baseline - cap) / regions / 2));
        }
        ObjectNode market = file.putObject("market");
        switch (random.nextInt(9)) {
            case 0, 1 -> equilibrium(random, market, cost);
            case 2 -> zones(random, market, regions);
            case 3 -> ambient(random, file, market, regions, mass);
            case 4 -> periods(random, market, cap, baseline - reach, cost);
            case 5, 6 -> auction(random, market, cap, n, mass, cost);
            default -> doubleAuction(random, market, cap, n);
        }
        return file;
    }

    private static void equilibrium(SplittableRandom random, ObjectNode market, double cost) {
        boolean auction = random.nextInt(4) == 0;
        market.put("allocation", auction ? "auction" : freeRule(random)).put("mechanism", "equilibrium")
                .put("transactionCost", auction || random.nextBoolean() ? 0 : round(cost * 5 * random.nextDouble()));
        if (random.nextInt(3) == 0) {
            market.put("priceCeiling", round(cost * 100 * random.nextDouble()));
        }
    }

    private static void zones(SplittableRandom random, ObjectNode market, int regions) {
        market.put("allocation", freeRule(random)).put("mechanism", "equilibrium").put("transactionCost", 0);
        ObjectNode zones = market.putObject("zones");
        ObjectNode of = zones.putObject("of");
        for (int r = 0; r < regions; r++) {
            of.put("R" + r, "z" + (r % 2));
        }
        ArrayNode flows = zones.putArray("flows");
        if (random.nextBoolean()) {
            flows.addArray().add("z0").add("z1");
        }
    }

    private static void ambient(SplittableRandom random, ObjectNode file, ObjectNode market, int regions, double mass) {
        ObjectNode transfer = file.putObject("transfer");
        for (int k = 0; k < regions; k++) {
            ObjectNode row = transfer.putObject("R" + k);
            for (int r = 0; r < regions; r++) {
                row.put("R" + r, (k == r ? 0.1 : 0.02 * random.nextDouble()) / mass);
            }
        }
        // Concentrations are about 1 to 100 (mass · 100 · 0.1 / mass): a limit near the middle.
        ((ObjectNode) file.get("policy")).putObject("receptorLimits").put("R0", 5 + 20 * random.nextDouble());
        market.put("allocation", freeRule(random)).put("mechanism", "equilibrium").put("transactionCost", 0)
                .put("ambient", true);
    }

    private static void periods(SplittableRandom random, ObjectNode market, double cap, double least, double cost) {
        market.put("allocation", "grandfathering").put("mechanism", "equilibrium").put("transactionCost", 0);
        boolean banking = random.nextBoolean();
        ObjectNode periods = market.putObject("periods");
        ArrayNode caps = periods.putArray("caps").add(cap);
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            caps.add(round(least + (cap - least) * random.nextDouble()));
        }
        periods.put("discountRate", random.nextInt(3) * 0.05).put("banking", banking);
        if (banking && random.nextBoolean()) {
            periods.put("borrowingLimit", round((cap - least) * random.nextDouble()));
        }
        if (random.nextBoolean()) {
            market.put("priceFloor", round(cost * 20 * random.nextDouble()));
        }
        if (random.nextBoolean()) {
            market.put("priceCeiling", round(cost * 200 * random.nextDouble()));
        }
    }

    private static void auction(SplittableRandom random, ObjectNode market, double cap, int n, double mass,
                                double cost) {
        boolean whole = random.nextBoolean();
        market.put("allocation", whole ? "auction" : "grandfathering").put("mechanism", "uniform-price-auction")
                .put("transactionCost", 0);
        ObjectNode auction = market.putObject("auction");
        if (!whole) {
            auction.put("share", 0.2 + 0.6 * random.nextDouble());
        }
        double reserve = round(cost * 5 * random.nextDouble());
        auction.put("reservePrice", reserve).put("undersubscribed", random.nextBoolean() ? "cancel" : "sell-at-reserve");
        if (random.nextBoolean()) {
            auction.putObject("costContainmentReserve").put("trigger", round(reserve + cost * (1 + 50 * random.nextDouble())))
                    .put("quantity", round(cap * 0.1 * random.nextDouble() + 1));
        }
        if (random.nextBoolean()) {
            ArrayNode bids = auction.putArray("bids");
            for (int b = 1 + random.nextInt(20); b > 0; b--) {
                bids.addObject().put("bidder", "s" + random.nextInt(n))
                        .put("price", round(cost * 100 * random.nextDouble()))
                        .put("quantity", round(mass * (1 + 300 * random.nextDouble())));
            }
        }
    }

    private static void doubleAuction(SplittableRandom random, ObjectNode market, double cap, int n) {
        market.put("allocation", random.nextBoolean() ? "grandfathering" : "per-capita").put("mechanism", "double-auction")
                .put("transactionCost", 0);
        ObjectNode settings = market.putObject("doubleAuction").put("maxRounds", 200 + random.nextInt(800))
                .put("idleRounds", 50);
        if (random.nextBoolean()) {
            settings.put("lot", round(cap / (10.0 * n) * random.nextDouble() + 0.001));
        }
    }

    /** A version-2 file: two or three pollutants, option and curve sources, every pollutant capped or most. */
    private static ObjectNode version2(SplittableRandom random, double mass, double cost) {
        ObjectNode file = base("v2");
        List<String> pollutants = List.of("SO2", "NOx", "PM25").subList(0, 2 + random.nextInt(2));
        ArrayNode list = file.putArray("pollutants");
        pollutants.forEach(p -> list.addObject().put("id", p));
        int regions = 2 + random.nextInt(2);
        ArrayNode regionList = file.putArray("regions");
        for (int r = 0; r < regions; r++) {
            regionList.addObject().put("id", "R" + r).put("population", 1 + random.nextInt(100))
                    .put("gdp", 1 + random.nextInt(100));
        }
        int n = 2 + random.nextInt(5);
        ArrayNode sources = file.putArray("sources");
        double[] baseline = new double[pollutants.size()];
        double[] reach = new double[pollutants.size()];
        for (int i = 0; i < n; i++) {
            ObjectNode s = sources.addObject().put("id", "s" + i).put("region", "R" + (i % regions));
            ObjectNode emissions = s.putObject("emissions");
            double[] e = new double[pollutants.size()];
            for (int p = 0; p < e.length; p++) {
                e[p] = round(mass * (1 + 99 * random.nextDouble()));
                emissions.put(pollutants.get(p), e[p]);
                baseline[p] += e[p];
            }
            if (random.nextBoolean()) {
                ArrayNode options = s.putArray("options");
                double[] best = new double[e.length];
                for (int o = 1 + random.nextInt(3); o > 0; o--) {
                    ObjectNode option = options.addObject().put("name", "o" + o);
                    ObjectNode removal = option.putObject("removal");
                    double cut = 0;
                    for (int p = 0; p < e.length; p++) {
                        if (random.nextInt(3) > 0) {
                            double f = 0.1 + 0.89 * random.nextDouble();
                            removal.put(pollutants.get(p), round(f));
                            best[p] = Math.max(best[p], round(f) * e[p]);
                            cut += f * e[p];
                        }
                    }
                    // At the largest scales the options' cost stays readable (1e15) and the curves set the prices.
                    option.put("annualCost", round(Math.min(1e15, cut * cost * (1 + 40 * random.nextDouble()))));
                }
                for (int p = 0; p < e.length; p++) {
                    reach[p] += best[p];
                }
            } else {
                ObjectNode curves = s.putObject("curves");
                for (int p = 0; p < e.length; p++) {
                    double amount = round(e[p] * (0.2 + 0.7 * random.nextDouble()));
                    curves.putObject(pollutants.get(p)).putArray("steps").addObject().put("amount", amount)
                            .put("unitCost", round(cost * (1 + 40 * random.nextDouble())));
                    reach[p] += amount;
                }
            }
        }
        ObjectNode caps = file.putObject("policy").putObject("caps");
        for (int p = 0; p < baseline.length; p++) {
            if (p == 0 || random.nextInt(4) > 0) {
                // Each cap alone within reach; together they may not be (an infeasible policy is refused too).
                caps.put(pollutants.get(p), round(baseline[p] - reach[p] * (0.05 + 0.6 * random.nextDouble())));
            }
        }
        List<String> rules = List.of("grandfathering", "equal-proportional", "per-capita", "gdp", "auction");
        file.putObject("market").put("allocation", rules.get(random.nextInt(rules.size())))
                .put("mechanism", "equilibrium");
        return file;
    }

    private static ObjectNode base(String name) {
        ObjectNode file = NODES.objectNode().put("name", name).put("seed", 5);
        file.putObject("units").put("mass", "t").put("money", "CNY").put("concentration", "ug/m3");
        return file;
    }

    private static String freeRule(SplittableRandom random) {
        return FREE_RULES.get(random.nextInt(FREE_RULES.size()));
    }

    /** To the permit quantum (0.001) where that keeps the number readable, as files are written. */
    private static double round(double x) {
        return x < 1e12 ? Math.round(x * 1000) / 1000.0 : Math.rint(x);
    }
}
