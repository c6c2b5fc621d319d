package org.airshed.scenarios.sweep;

import org.airshed.scenarios.pipeline.JsonPathPattern;

/**
 * One group of fields a parameter changes, and how.
 *
 * @param location where the target's path is written in the sweep file, for problems
 */
public record Target(JsonPathPattern path, TargetOp op, String location) {
    public Target {
        if (path == null || op == null || location == null) {
            throw new IllegalArgumentException("a target needs a path, an operation and its location");
        }
    }
}
