package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.io.Problem;
import org.airshed.core.util.JsonPath;
import org.airshed.scenarios.pipeline.JsonPathPattern.Slot;

/** Command-line overrides, applied to a scenario's tree in the order given. */
public final class Overrides {
    public static final Overrides NONE = new Overrides(List.of());

    private final List<FlagOverride> list;

    public Overrides(List<FlagOverride> list) {
        this.list = List.copyOf(list);
    }

    /**
     * Sets each override's field in {@code root} (adding it when the file leaves it out). A root
     * that is not an object is left alone: the reader reports it.
     */
    void apply(JsonNode root) {
        if (!root.isObject()) {
            return;
        }
        for (FlagOverride o : list) {
            for (Slot slot : o.path().select(root)) {
                if (o.merge() && slot.get() instanceof ObjectNode existing) {
                    o.value().fields().forEachRemaining(e -> {
                        if (e.getValue().isNull()) {
                            existing.remove(e.getKey());
                        } else {
                            existing.set(e.getKey(), e.getValue().deepCopy());
                        }
                    });
                } else if (o.merge() && (slot.get() == null || slot.get().isNull())) {
                    ObjectNode fresh = ((ObjectNode) o.value()).deepCopy();
                    List<String> nulls = new ArrayList<>();
                    fresh.fieldNames().forEachRemaining(key -> {
                        if (fresh.get(key).isNull()) {
                            nulls.add(key);
                        }
                    });
                    fresh.remove(nulls);
                    slot.set(fresh);
                } else if (!o.merge()) {
                    slot.set(o.value().deepCopy());
                }
                // A merge into a value that is no object leaves it: the reader reports it at its path.
            }
        }
    }

    /** A problem at (or under) a field an override set names the flag, so the user knows which value is meant. */
    List<Problem> relabel(List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            FlagOverride from = null;
            for (FlagOverride o : list) {
                for (String path : o.paths()) {
                    if (JsonPath.isAtOrUnder(p.location(), path)) {
                        from = o;
                    }
                }
            }
            out.add(from == null ? p : new Problem(p.file(), p.location(),
                    (p.value() == null ? "" : p.value() + " ") + "(from " + from.flag() + ")", p.message()));
        }
        return out;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
