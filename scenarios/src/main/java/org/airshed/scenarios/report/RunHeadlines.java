package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The numbers at the top of a run's report, from summary.json, each with a line on what it means. */
final class RunHeadlines {
    private RunHeadlines() {
    }

    static List<Headline> of(RunFiles run) {
        DisplayUnits u = run.units();
        JsonNode a = run.allocation();
        List<Headline> list = new ArrayList<>();
        String status = a.path("status").asText("");
        if (!status.isEmpty()) {
            list.add(new Headline("Status", status, switch (status) {
                case "optimal" -> "the least-cost allocation, proven optimal";
                case "infeasible" -> "no allocation meets the policy (reasons below)";
                case "iteration-limit" -> "within a certified relative gap of "
                        + Readable.number(a.path("solver").path("relativeGap").asDouble(Double.NaN)) + " of the optimum";
                default -> "";
            }));
        }
        if (a.path("totalCost").isNumber()) {
            list.add(new Headline("Abatement cost", Readable.of(a.path("totalCost").doubleValue(), u.money()),
                    "a year, all regions" + (run.summary().path("discrete").isObject()
                    ? ", blending options continuously (the bound)" : "") + ("welfare".equals(a.path("objectiveKind").asText())
                    ? "; damages " + Readable.of(a.path("damages").asDouble(), u.money()) : "")));
        }
        if (a.path("totalReduction").isNumber()) {
            list.add(new Headline("Total cut", Readable.of(a.path("totalReduction").doubleValue(), u.mass()),
                    "emissions left: " + Readable.of(a.path("emissions").asDouble(Double.NaN), u.mass())));
        }
        if (a.path("capPrice").isNumber() && a.path("capPrice").doubleValue() > 0) {
            list.add(new Headline("Cap price λ", Readable.of(a.path("capPrice").doubleValue(), u.price()),
                    "what one more " + u.mass() + " of cut would cost"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = a.path("receptorPrices").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNumber() && e.getValue().doubleValue() > 0) {
                list.add(new Headline("Price of the limit at " + e.getKey(),
                        Readable.of(e.getValue().doubleValue(), u.money() + " per " + u.concentration()),
                        "what a tighter limit there would cost"));
            }
        }
        JsonNode cooperation = run.summary().path("cooperation");
        if (cooperation.path("saving").isNumber()) {
            list.add(new Headline("Saving from cooperating", Readable.of(cooperation.path("saving").doubleValue(),
                    u.money()), "a year: meeting every duty alone costs " + Readable.of(
                    cooperation.path("standaloneCost").asDouble(Double.NaN), u.money())));
        }
        discrete(run, list);
        market(run, list);
        compensation(run, list);
        return list;
    }

    private static void discrete(RunFiles run, List<Headline> list) {
        DisplayUnits u = run.units();
        JsonNode d = run.summary().path("discrete");
        if (d.path("cost").isNumber()) {
            list.add(new Headline("Whole technologies", Readable.of(d.path("cost").doubleValue(), u.money()),
                    "a year; within " + Readable.percent(d.path("relativeGap").asDouble(Double.NaN))
                            + " of the best possible"));
        }
        if (d.path("savingOverGreedy").isNumber()) {
            list.add(new Headline("Saving over the CoST greedy", Readable.of(d.path("savingOverGreedy").doubleValue(),
                    u.money()), Readable.percent(d.path("relativeSavingOverGreedy").asDouble(Double.NaN))
                    + " of what EPA's average-cost method spends"));
        }
    }

    private static void market(RunFiles run, List<Headline> list) {
        DisplayUnits u = run.units();
        JsonNode m = run.summary().path("market");
        if (m.path("clearingPrice").isNumber()) {
            boolean wedge = m.path("buyerPrice").isNumber()
                    && m.path("buyerPrice").doubleValue() != m.path("clearingPrice").doubleValue();
            list.add(new Headline("Permit price", Readable.of(m.path("clearingPrice").doubleValue(), u.price()),
                    wedge ? "sellers receive; buyers pay " + Readable.of(m.path("buyerPrice").doubleValue(), u.price())
                            : "what a permit trades at"));
        }
        if (m.path("volume").isNumber()) {
            list.add(new Headline("Permits traded", Readable.of(m.path("volume").doubleValue(), u.mass()),
                    m.path("trades").isNumber() ? "in " + Readable.number(m.path("trades").doubleValue()) + " trades"
                            : ""));
        }
        // Several pollutants: one permit, so one price, per capped pollutant.
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("pollutants").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            list.add(new Headline(p.getKey() + " permit price", Readable.of(p.getValue().path("clearingPrice")
                    .asDouble(Double.NaN), u.price()), Readable.of(p.getValue().path("volume").asDouble(Double.NaN),
                    u.mass()) + " traded in " + Readable.number(p.getValue().path("trades").asDouble(Double.NaN))
                    + " trades"));
        }
        if (m.path("lossVsFrictionless").isNumber()) {
            list.add(new Headline("Lost to frictions", Readable.of(m.path("lossVsFrictionless").doubleValue(),
                    u.money()), "a year, against a market without transaction costs"));
        }
    }

    private static void compensation(RunFiles run, List<Headline> list) {
        DisplayUnits u = run.units();
        JsonNode c = run.summary().path("compensation");
        if (!c.isObject()) {
            return;
        }
        double saving = run.number("/cooperation/saving");
        boolean same = Double.isFinite(saving) && "duties".equals(c.path("baseline").asText())
                && Math.abs(saving - c.path("surplus").asDouble()) <= 1e-9 * Math.max(1, Math.abs(saving));
        if (c.path("surplus").isNumber() && !same) { // on the duties baseline v(N) is the saving shown above
            list.add(new Headline("Saving to share v(N)", Readable.of(c.path("surplus").doubleValue(), u.money()),
                    "a year, what cooperation is worth"));
        }
        List<String> rational = new ArrayList<>();
        List<String> core = new ArrayList<>();
        int applied = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if ("applied".equals(e.getValue().path("status").asText())) {
                applied++;
                if (e.getValue().path("individuallyRational").asBoolean(false)) {
                    rational.add(e.getKey());
                }
                if (e.getValue().path("inCore").asBoolean(false)) {
                    core.add(e.getKey());
                }
            }
        }
        if (applied > 0) {
            list.add(new Headline("Rules leaving every region better off", rational.size() + " of " + applied,
                    rational.isEmpty() ? "none" : String.join(", ", rational)));
            list.add(new Headline("Rules in the core", core.size() + " of " + applied,
                    core.isEmpty() ? "none: some group of regions would do better on its own under each"
                            : String.join(", ", core)));
        }
    }
}
