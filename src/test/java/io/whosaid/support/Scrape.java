package io.whosaid.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Counter;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.Summary;

/** One scrape of a Prometheus endpoint, parsed by a Prometheus text-format parser, and read by name and labels. */
public final class Scrape {

    private final Map<String, MetricFamily> families;

    private Scrape(Map<String, MetricFamily> families) {
        this.families = families;
    }

    public static Scrape of(URL endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
            connection.setRequestProperty("Accept", "text/plain");
            if (connection.getResponseCode() != 200) {
                throw new AssertionError(endpoint + " answered " + connection.getResponseCode());
            }
            Map<String, MetricFamily> families = new LinkedHashMap<>();
            try (InputStream body = connection.getInputStream()) {
                TextPrometheusMetricDataParser parser = new TextPrometheusMetricDataParser(body);
                for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
                    families.put(family.getName(), family);
                }
            }
            return new Scrape(families);
        } catch (IOException e) {
            throw new AssertionError("Could not scrape " + endpoint, e);
        }
    }

    public boolean has(String family) {
        return families.containsKey(family);
    }

    public Map<String, MetricFamily> families() {
        return families;
    }

    /**
     * The sum over the family's series whose labels include {@code labels}: a counter's or gauge's value, a
     * histogram's or summary's count of observations.
     */
    public double value(String family, Map<String, String> labels) {
        MetricFamily found = families.get(family);
        if (found == null) {
            return 0;
        }
        double sum = 0;
        for (Metric metric : found.getMetrics()) {
            if (!metric.getLabels().entrySet().containsAll(labels.entrySet())) {
                continue;
            }
            if (metric instanceof Counter counter) {
                sum += counter.getValue();
            } else if (metric instanceof Gauge gauge) {
                sum += gauge.getValue();
            } else if (metric instanceof Histogram histogram) {
                sum += histogram.getSampleCount();
            } else if (metric instanceof Summary summary) {
                sum += summary.getSampleCount();
            }
        }
        return sum;
    }

    public double value(String family) {
        return value(family, Map.of());
    }
}
