package org.airshed.market.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.airshed.core.io.SectionInput;
import org.airshed.core.io.SectionReader;
import org.airshed.core.model.InvalidModelException;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.model.Violation;
import org.airshed.core.util.JsonPath;
import org.airshed.market.permits.AllocationRule;

/**
 * Reads a scenario's {@code market} section (docs/FORMAT.md and the README) into a {@link MarketSpec},
 * reporting every problem at its JSON path, including combinations this version does not run.
 */
public final class MarketSectionReader implements SectionReader<MarketSpec> {
    public static final MarketSectionReader INSTANCE = new MarketSectionReader();
    static final String KEY = "market";
    private static final String ROOT = "$." + KEY;
    private static final List<String> KEYS = List.of("allocation", "mechanism", "transactionCost", "pollutant",
            "vintage", "zones", "ambient", "auction", "doubleAuction", "periods", "priceFloor", "priceCeiling");
    private static final List<String> ZONE_KEYS = List.of("of", "flows");
    private static final List<String> AUCTION_KEYS = List.of("share", "reservePrice", "costContainmentReserve",
            "emissionsContainmentReserve", "undersubscribed", "bids", "quadraticSteps");
    private static final List<String> RESERVE_KEYS = List.of("trigger", "quantity");
    private static final List<String> BID_KEYS = List.of("bidder", "price", "quantity");
    private static final List<String> DOUBLE_AUCTION_KEYS = List.of("maxRounds", "idleRounds", "lot");
    private static final List<String> PERIOD_KEYS = List.of("caps", "discountRate", "banking", "borrowingLimit");
    private static final List<String> UNDERSUBSCRIBED = List.of("cancel", "sell-at-reserve");
    /** The ledger counts thousandths of the mass unit. */
    static final double MIN_QUANTITY = 0.001;
    /** Quantities and prices beyond this do not fit the ledger's exact units. */
    static final double MAX_AMOUNT = 1e12;

    private MarketSectionReader() {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public MarketSpec read(JsonNode node, SectionInput in, Set<String> regionIds) {
        int mark = in.mark();
        ObjectNode o = in.object(node, ROOT, KEYS);
        if (o == null) {
            return null;
        }
        AllocationRule allocation = named(o, "allocation", AllocationRule::fromKey, AllocationRule.keys(), in);
        Mechanism mechanism = named(o, "mechanism", Mechanism::fromKey, Mechanism.keys(), in);
        if (in.severalPollutants()) {
            return severalPollutants(o, allocation, mechanism, in, mark);
        }
        double transactionCost = orDefault(in.number(o.get("transactionCost"), ROOT + ".transactionCost"), 0);
        amount(transactionCost, o.get("transactionCost"), ROOT + ".transactionCost", in);
        OptionalDouble floor = optional(in.number(o.get("priceFloor"), ROOT + ".priceFloor"));
        OptionalDouble ceiling = optional(in.number(o.get("priceCeiling"), ROOT + ".priceCeiling"));
        amount(floor.orElse(0), o.get("priceFloor"), ROOT + ".priceFloor", in);
        amount(ceiling.orElse(0), o.get("priceCeiling"), ROOT + ".priceCeiling", in);
        if (ceiling.isPresent() && !(ceiling.getAsDouble() > 0 && ceiling.getAsDouble() >= floor.orElse(0))) {
            // The regulator sells without limit at the ceiling: at 0 (or under the floor) no price can clear.
            in.problem(ROOT + ".priceCeiling", o.get("priceCeiling"), "must be above 0 and at least the priceFloor ("
                    + floor.orElse(0) + ")");
        }
        String pollutant = in.string(o.get("pollutant"), ROOT + ".pollutant");
        name(pollutant, o, "pollutant", in);
        Long vintage = vintage(o, in);
        ZoneSpec zones = zones(o.get("zones"), in, regionIds);
        boolean ambient = bool(o.get("ambient"), ROOT + ".ambient", false, in);
        AuctionSpec auction = auction(o.get("auction"), allocation, in);
        DoubleAuctionSpec doubleAuction = doubleAuction(o.get("doubleAuction"), in);
        PeriodsSpec periods = periods(o.get("periods"), in);
        combinations(o, allocation, mechanism, transactionCost, in);
        if (in.addedSince(mark)) {
            return null;
        }
        try {
            return new MarketSpec(allocation, mechanism, transactionCost, pollutant,
                    vintage == null ? MarketSpec.DEFAULT_VINTAGE : vintage.intValue(), zones, ambient, auction,
                    doubleAuction, periods, floor, ceiling);
        } catch (InvalidModelException e) {
            report(e, ROOT, in);
            return null;
        }
    }

    /**
     * The market of a version-2 file: what it does not yet run with several pollutants is refused at its
     * field, all at once and before anything those features would need (a mechanism, an auction share), so
     * that no message asks for a setting that would still be refused. {@link MultiMarketStudy} judges the rest.
     */
    private static MarketSpec severalPollutants(ObjectNode o, AllocationRule allocation, Mechanism mechanism,
                                                SectionInput in, int mark) {
        String remove = MultiMarketStudy.NOT_YET + "remove it (the one-pollutant market runs it)";
        if (mechanism != null && mechanism != Mechanism.EQUILIBRIUM) {
            in.problem(ROOT + ".mechanism", o.get("mechanism"), MultiMarketStudy.NOT_YET
                    + "give \"equilibrium\", the competitive equilibrium at the caps' prices");
        }
        if (o.has("pollutant")) {
            in.problem(ROOT + ".pollutant", o.get("pollutant"), "names the permit of a one-pollutant file; with"
                    + " several pollutants every key of policy.caps has its own permit: remove it");
        }
        Double transactionCost = in.number(o.get("transactionCost"), ROOT + ".transactionCost");
        if (transactionCost != null && transactionCost != 0) {
            in.problem(ROOT + ".transactionCost", o.get("transactionCost"), MultiMarketStudy.NOT_YET
                    + "the several-pollutant equilibrium is priced without frictions: give 0 or remove it");
        }
        if (bool(o.get("ambient"), ROOT + ".ambient", false, in)) {
            in.problem(ROOT + ".ambient", o.get("ambient"), remove);
        }
        for (String key : List.of("zones", "periods", "priceFloor", "priceCeiling", "auction", "doubleAuction")) {
            if (o.has(key)) {
                in.problem(JsonPath.child(ROOT, key), o.get(key), remove);
            }
        }
        Long vintage = vintage(o, in);
        if (in.addedSince(mark)) {
            return null;
        }
        AuctionSpec auction = auction(null, allocation, in);
        return new MarketSpec(allocation, mechanism, 0, null,
                vintage == null ? MarketSpec.DEFAULT_VINTAGE : vintage.intValue(), null, false, auction, null, null,
                null, null);
    }

    private static Long vintage(ObjectNode o, SectionInput in) {
        return in.integer(o.get("vintage"), ROOT + ".vintage", 0, 1_000_000,
                "must be a year or a period number from 0 to 1000000");
    }

    /** Combinations each mechanism cannot run, named at the field that asks for them. */
    private static void combinations(ObjectNode o, AllocationRule allocation, Mechanism mechanism,
                                     double transactionCost, SectionInput in) {
        if (mechanism == null) {
            return;
        }
        if (o.has("zones") && o.has("ambient") && o.get("ambient").asBoolean(false)) {
            in.problem(ROOT + ".ambient", o.get("ambient"), "cannot be combined with zones: choose one spatial rule");
        }
        if (mechanism != Mechanism.EQUILIBRIUM) {
            for (String key : List.of("zones", "ambient", "periods", "priceFloor", "priceCeiling")) {
                if (o.has(key) && !(key.equals("ambient") && !o.get(key).asBoolean(false))) {
                    in.problem(JsonPath.child(ROOT, key), o.get(key), "needs mechanism equilibrium (this version runs "
                            + key + " there only)");
                }
            }
        } else if (o.has("periods") || o.has("priceFloor") || o.has("priceCeiling")) {
            String key = o.has("periods") ? "periods" : o.has("priceFloor") ? "priceFloor" : "priceCeiling";
            if (transactionCost != 0) {
                in.problem(ROOT + ".transactionCost", o.get("transactionCost"), "must be 0 with " + key
                        + " (this version prices banking and price limits without frictions)");
            }
            for (String spatial : List.of("zones", "ambient")) {
                if (o.has(spatial) && !(spatial.equals("ambient") && !o.get(spatial).asBoolean(false))) {
                    in.problem(JsonPath.child(ROOT, spatial), o.get(spatial), "cannot be combined with " + key
                            + " in this version");
                }
            }
        }
        if (mechanism == Mechanism.EQUILIBRIUM && allocation == AllocationRule.AUCTION && o.has("zones")) {
            // The regulator sells each source its emissions at the cap's price: no permit would cross a zone.
            in.problem(ROOT + ".zones", o.get("zones"), "cannot be combined with allocation auction (every source"
                    + " buys its emissions from the regulator at the cap's price, so no permit crosses a zone):"
                    + " choose a free allocation rule, or remove zones");
        }
        if (mechanism == Mechanism.EQUILIBRIUM && allocation == AllocationRule.AUCTION && transactionCost != 0) {
            // The cost is paid on trades between sources; here every source buys from the regulator alone.
            in.problem(ROOT + ".transactionCost", o.get("transactionCost"), "must be 0 with allocation auction (every"
                    + " source buys its emissions from the regulator at the cap's price, and transaction costs are"
                    + " paid on trades between sources, so none would arise): give 0 or remove it, or choose a"
                    + " free allocation rule");
        }
        if (mechanism == Mechanism.EQUILIBRIUM && allocation != AllocationRule.AUCTION && o.has("zones")
                && transactionCost != 0 && !o.has("periods") && !o.has("priceFloor") && !o.has("priceCeiling")) {
            // The zone LP has no buyer-seller wedge: the cost would be left out of every price and trade.
            in.problem(ROOT + ".transactionCost", o.get("transactionCost"), "must be 0 with zones (this version"
                    + " prices zonal trading without frictions, so the cost would be ignored): give 0 or remove it,"
                    + " or remove zones");
        }
        if (mechanism == Mechanism.EQUILIBRIUM && allocation == AllocationRule.AUCTION && o.has("ambient")
                && o.get("ambient").asBoolean(false)) {
            // Ambient trading is voluntary offsets between holders of free permits: with all of them sold, none.
            in.problem(ROOT + ".ambient", o.get("ambient"), "cannot be combined with allocation auction (ambient"
                    + " trading is voluntary offsets between holders of free permits; with every permit sold by the"
                    + " regulator nobody holds one to trade, and every source would end short): choose a free"
                    + " allocation rule, or remove ambient");
        }
        if (mechanism != Mechanism.UNIFORM_PRICE_AUCTION && o.has("auction")) {
            in.problem(ROOT + ".auction", o.get("auction"), "needs mechanism uniform-price-auction");
        }
        if (mechanism != Mechanism.DOUBLE_AUCTION && o.has("doubleAuction")) {
            in.problem(ROOT + ".doubleAuction", o.get("doubleAuction"), "needs mechanism double-auction");
        }
        if (mechanism == Mechanism.DOUBLE_AUCTION && allocation == AllocationRule.AUCTION) {
            in.problem(ROOT + ".allocation", o.get("allocation"), "gives nobody permits to trade in a double auction;"
                    + " choose a free allocation rule");
        }
        if (mechanism == Mechanism.UNIFORM_PRICE_AUCTION && allocation != AllocationRule.AUCTION
                && (!o.has("auction") || !o.get("auction").has("share"))) {
            in.problem(ROOT + ".auction.share", (JsonNode) null, "is required with mechanism uniform-price-auction"
                    + " and a free allocation rule (the fraction of the cap auctioned)");
        }
        if (mechanism == Mechanism.UNIFORM_PRICE_AUCTION && transactionCost != 0) {
            in.problem(ROOT + ".transactionCost", o.get("transactionCost"), "must be 0 in an auction");
        }
    }

    private static <T> T named(ObjectNode o, String field, java.util.function.Function<String, T> lookup,
                               List<String> keys, SectionInput in) {
        String path = JsonPath.child(ROOT, field);
        if (!o.has(field)) {
            in.missing(path);
            return null;
        }
        String key = in.string(o.get(field), path);
        T value = key == null ? null : lookup.apply(key);
        if (key != null && value == null) {
            in.problem(path, o.get(field), "must be one of: " + String.join(", ", keys)
                    + SectionInput.didYouMean(key, keys));
        }
        return value;
    }

    private static ZoneSpec zones(JsonNode node, SectionInput in, Set<String> regionIds) {
        String path = ROOT + ".zones";
        ObjectNode o = in.object(node, path, ZONE_KEYS);
        if (o == null) {
            return null;
        }
        Map<String, String> zoneOf = new LinkedHashMap<>();
        ObjectNode of = in.map(o.get("of"), path + ".of");
        if (!o.has("of")) {
            in.missing(path + ".of");
        }
        if (of != null) {
            of.fields().forEachRemaining(e -> {
                String at = JsonPath.child(path + ".of", e.getKey());
                String zone = in.string(e.getValue(), at);
                if (zone != null && (PaddedNames.isBlank(zone) || PaddedNames.isPadded(zone))) {
                    in.problem(at, PaddedNames.isBlank(zone) ? e.getValue().toString() : PaddedNames.shown(zone),
                            "must be a name without surrounding spaces");
                    zone = null;
                }
                if (regionIds != null && !regionIds.contains(e.getKey())) {
                    in.problem(at, e.getValue(), "unknown region (known: "
                            + regionIds.stream().sorted().toList() + ")");
                } else if (zone != null) {
                    zoneOf.put(e.getKey(), zone);
                }
            });
            if (regionIds != null) {
                for (String region : regionIds.stream().sorted().toList()) {
                    if (!of.has(region)) {
                        in.problem(JsonPath.child(path + ".of", region), (JsonNode) null,
                                "is missing: every region needs a zone");
                    }
                }
            }
        }
        List<ZoneSpec.Flow> flows = new ArrayList<>();
        ArrayNode array = in.array(o.get("flows"), path + ".flows");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + ".flows[" + i + "]";
                ArrayNode pair = in.array(array.get(i), at);
                if (pair == null) {
                    continue;
                }
                if (pair.size() != 2) {
                    in.problem(at, pair, "must be a pair [from zone, to zone]");
                    continue;
                }
                String from = in.string(pair.get(0), at + "[0]");
                String to = in.string(pair.get(1), at + "[1]");
                for (int k = 0; k < 2; k++) {
                    String zone = k == 0 ? from : to;
                    if (zone != null && !zoneOf.containsValue(zone)) {
                        in.problem(at + "[" + k + "]", pair.get(k), "unknown zone (zones: "
                                + zoneOf.values().stream().distinct().sorted().toList() + ")");
                    }
                }
                if (from != null && from.equals(to)) {
                    in.problem(at, pair, "is a flow from zone " + from + " to itself: trading within a zone is always"
                            + " allowed, so it would be ignored: remove it");
                } else if (from != null && to != null) {
                    flows.add(new ZoneSpec.Flow(from, to));
                }
            }
        }
        return new ZoneSpec(zoneOf, flows);
    }

    private static AuctionSpec auction(JsonNode node, AllocationRule allocation, SectionInput in) {
        String path = ROOT + ".auction";
        ObjectNode o = node == null ? null : in.object(node, path, AUCTION_KEYS);
        if (o == null) {
            return node == null && allocation == AllocationRule.AUCTION
                    ? new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(), AuctionSpec.DEFAULT_QUADRATIC_STEPS) : null;
        }
        int mark = in.mark();
        Double share = in.quantity(o.get("share"), path + ".share");
        if (share != null && allocation == AllocationRule.AUCTION && share != 1) {
            in.problem(path + ".share", o.get("share"), "must be 1 (or left out) with allocation auction");
        }
        double reserve = orDefault(in.number(o.get("reservePrice"), path + ".reservePrice"), 0);
        amount(reserve, o.get("reservePrice"), path + ".reservePrice", in);
        double[] ccr = reserve(o.get("costContainmentReserve"), path + ".costContainmentReserve", in);
        double[] ecr = reserve(o.get("emissionsContainmentReserve"), path + ".emissionsContainmentReserve", in);
        String policy = in.string(o.get("undersubscribed"), path + ".undersubscribed");
        if (policy != null && !UNDERSUBSCRIBED.contains(policy)) {
            in.problem(path + ".undersubscribed", o.get("undersubscribed"), "must be one of: "
                    + String.join(", ", UNDERSUBSCRIBED));
        }
        Long steps = in.integer(o.get("quadraticSteps"), path + ".quadraticSteps");
        if (steps != null && (steps < 1 || steps > 100_000)) {
            in.problem(path + ".quadraticSteps", o.get("quadraticSteps"), "must be from 1 to 100000");
        }
        List<AuctionSpec.BidSpec> bids = bids(o.get("bids"), path + ".bids", in);
        if (steps != null && !bids.isEmpty()) {
            in.problem(path + ".quadraticSteps", o.get("quadraticSteps"), "cuts the sources' quadratic curves into"
                    + " bids, and auction.bids replaces those bids, so it would be ignored: remove it, or remove bids");
        }
        if (in.addedSince(mark)) {
            return null;
        }
        try {
            return new AuctionSpec(share == null ? 1 : share, reserve, ccr[0], ccr[1], ecr[0], ecr[1],
                    !"sell-at-reserve".equals(policy), bids,
                    steps == null ? AuctionSpec.DEFAULT_QUADRATIC_STEPS : steps.intValue());
        } catch (InvalidModelException e) {
            report(e, path, in);
            return null;
        }
    }

    private static double[] reserve(JsonNode node, String path, SectionInput in) {
        ObjectNode o = in.object(node, path, RESERVE_KEYS);
        if (o == null) {
            return new double[2];
        }
        Double trigger = in.number(o.get("trigger"), path + ".trigger");
        Double quantity = in.number(o.get("quantity"), path + ".quantity");
        amount(trigger, o.get("trigger"), path + ".trigger", in);
        amount(quantity, o.get("quantity"), path + ".quantity", in);
        if (!o.has("trigger")) {
            in.missing(path + ".trigger");
        }
        if (!o.has("quantity")) {
            in.missing(path + ".quantity");
        }
        return new double[] {orDefault(trigger, 0), orDefault(quantity, 0)};
    }

    private static List<AuctionSpec.BidSpec> bids(JsonNode node, String path, SectionInput in) {
        List<AuctionSpec.BidSpec> bids = new ArrayList<>();
        ArrayNode array = in.array(node, path);
        if (array == null) {
            return bids;
        }
        if (array.isEmpty()) {
            // Left out, bids come from every source's cost curve; an empty list would be read the same way.
            in.problem(path, array, "names no bid: give at least one, or leave bids out for bids from every"
                    + " source's cost curve");
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            ObjectNode b = in.object(array.get(i), at, BID_KEYS);
            if (b == null) {
                continue;
            }
            int mark = in.mark();
            String bidder = in.string(b.get("bidder"), at + ".bidder");
            Double price = in.number(b.get("price"), at + ".price");
            Double quantity = in.quantity(b.get("quantity"), at + ".quantity");
            for (String field : BID_KEYS) {
                if (!b.has(field)) {
                    in.missing(JsonPath.child(at, field));
                }
            }
            if (in.addedSince(mark)) {
                continue;
            }
            if (quantity < MIN_QUANTITY) {
                in.problem(at + ".quantity", b.get("quantity"), "must be at least " + MIN_QUANTITY
                        + " (permits are counted in thousandths of the mass unit)");
                continue;
            }
            if (price > MAX_AMOUNT) {
                in.problem(at + ".price", b.get("price"), "must be at most " + MAX_AMOUNT);
                continue;
            }
            if (quantity > MAX_AMOUNT) {
                // As a cap: the permits the ledger counts exactly in thousandths, with room for sums.
                in.problem(at + ".quantity", b.get("quantity"), "must be at most " + MAX_AMOUNT);
                continue;
            }
            try {
                bids.add(new AuctionSpec.BidSpec(bidder, price, quantity));
            } catch (InvalidModelException e) {
                report(e, at, in);
            }
        }
        return bids;
    }

    private static DoubleAuctionSpec doubleAuction(JsonNode node, SectionInput in) {
        String path = ROOT + ".doubleAuction";
        ObjectNode o = in.object(node, path, DOUBLE_AUCTION_KEYS);
        if (o == null) {
            return null;
        }
        DoubleAuctionSpec d = DoubleAuctionSpec.DEFAULT;
        Long rounds = in.integer(o.get("maxRounds"), path + ".maxRounds");
        Long idle = in.integer(o.get("idleRounds"), path + ".idleRounds");
        Double lot = in.number(o.get("lot"), path + ".lot");
        if (lot != null && lot != 0 && (lot < MIN_QUANTITY || lot > MAX_AMOUNT)) {
            in.problem(path + ".lot", o.get("lot"), "must be 0 (automatic) or from " + MIN_QUANTITY + " to " + MAX_AMOUNT);
            return null;
        }
        try {
            return new DoubleAuctionSpec(rounds == null ? d.maxRounds() : (int) Math.min(rounds, Integer.MAX_VALUE),
                    idle == null ? d.idleRounds() : (int) Math.min(idle, Integer.MAX_VALUE),
                    lot == null ? d.lot() : lot);
        } catch (InvalidModelException e) {
            report(e, path, in);
            return null;
        }
    }

    private static PeriodsSpec periods(JsonNode node, SectionInput in) {
        String path = ROOT + ".periods";
        ObjectNode o = in.object(node, path, PERIOD_KEYS);
        if (o == null) {
            return null;
        }
        List<Double> caps = new ArrayList<>();
        ArrayNode array = in.array(o.get("caps"), path + ".caps");
        if (!o.has("caps")) {
            in.missing(path + ".caps");
        }
        if (array != null) {
            for (int t = 0; t < array.size(); t++) {
                Double cap = in.quantity(array.get(t), path + ".caps[" + t + "]");
                caps.add(cap == null ? 0 : cap);
            }
        }
        double rate = orDefault(in.quantity(o.get("discountRate"), path + ".discountRate"), 0);
        boolean banking = bool(o.get("banking"), path + ".banking", true, in);
        double borrowing = orDefault(in.number(o.get("borrowingLimit"), path + ".borrowingLimit"), 0);
        amount(borrowing, o.get("borrowingLimit"), path + ".borrowingLimit", in);
        if (borrowing > 0 && banking && array != null && array.size() == 1) {
            // Borrowing draws on a later period's cap and is repaid by the last period: with one, never.
            in.problem(path + ".borrowingLimit", o.get("borrowingLimit"), "needs at least two periods (borrowing"
                    + " draws on a later period's cap), so it would be ignored: give 0 or remove it, or add a period");
        }
        try {
            return new PeriodsSpec(caps, rate, banking, borrowing);
        } catch (InvalidModelException e) {
            report(e, path, in);
            return null;
        }
    }

    private static void name(String value, ObjectNode o, String field, SectionInput in) {
        if (value != null && (PaddedNames.isBlank(value) || PaddedNames.isPadded(value))) {
            in.problem(JsonPath.child(ROOT, field), PaddedNames.isBlank(value) ? o.get(field).toString()
                    : PaddedNames.shown(value), "must be a name without surrounding spaces");
        }
    }

    /** A price or quantity the ledger can count exactly: from 0 to {@link #MAX_AMOUNT}. */
    private static void amount(Double value, JsonNode node, String path, SectionInput in) {
        if (value != null && (value < 0 || value > MAX_AMOUNT)) {
            in.problem(path, node, "must be from 0 to " + MAX_AMOUNT);
        }
    }

    private static boolean bool(JsonNode node, String path, boolean otherwise, SectionInput in) {
        if (node == null) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            in.problem(path, node, "must be true or false");
            return otherwise;
        }
        return node.booleanValue();
    }

    private static double orDefault(Double value, double otherwise) {
        return value == null ? otherwise : value;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static void report(InvalidModelException e, String path, SectionInput in) {
        for (Violation v : e.violations()) {
            in.problem(v.under(path).field(), v.value(), v.reason());
        }
    }
}
