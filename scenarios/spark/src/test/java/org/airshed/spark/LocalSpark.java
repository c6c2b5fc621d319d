package org.airshed.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Spark context in {@code local[2]} for every Spark test of the build, handed to test methods
 * that take a {@link JavaSparkContext}: starting one takes seconds, so it starts on first use and
 * stops once, after the last test.
 */
final class LocalSpark implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == JavaSparkContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, k -> new Started(), Started.class).context;
    }

    /** The context, stopped when JUnit closes the root store at the end of the run. */
    private static final class Started implements ExtensionContext.Store.CloseableResource {
        private final JavaSparkContext context = new JavaSparkContext(new SparkConf().setMaster("local[2]")
                .setAppName("airshed-tests")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));

        @Override
        public void close() {
            context.stop();
        }
    }
}
