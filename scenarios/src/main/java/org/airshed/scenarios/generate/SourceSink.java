package org.airshed.scenarios.generate;

/** Receives the generated sources one at a time, in inventory order. */
@FunctionalInterface
public interface SourceSink {
    /** {@code source} is reused after this returns: copy what must be kept. */
    void accept(DrawnSource source);

    /** Both sinks, this one first. */
    default SourceSink andThen(SourceSink next) {
        return source -> {
            accept(source);
            next.accept(source);
        };
    }
}
