package io.whosaid.app;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code whosaid.metrics.enabled=false} turns every meter into a no-op at run time, the extension's own (JVM,
 * HTTP) included: the benchmark compares the service with metrics on and off without a second build.
 */
public class MetricsSwitch {

    @Produces
    @Singleton
    MeterFilter metricsSwitch(
            @ConfigProperty(name = "whosaid.metrics.enabled", defaultValue = "true") boolean enabled) {
        return enabled ? new MeterFilter() {} : MeterFilter.deny();
    }
}
