package io.whosaid.app;

import io.quarkus.runtime.StartupEvent;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.GraphReader;
import io.whosaid.ingest.IngestPipeline;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the fictional sample articles of {@code src/main/resources/samples/} into an empty graph, so a
 * newcomer sees a graph at once. Skipped when the graph holds any article, or with
 * {@code whosaid.samples.load=false} (env {@code WHOSAID_SAMPLES_LOAD=false}).
 */
@Singleton
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    void onStart(
            @Observes StartupEvent event,
            IngestPipeline pipeline,
            ArticleWriter writer,
            GraphReader reader,
            @ConfigProperty(name = "whosaid.samples.load") boolean load) {
        if (!load) {
            return;
        }
        if (!reader.read("MATCH (a:Article) RETURN a.id LIMIT 1", Map.of()).isEmpty()) {
            return;
        }
        List<String> names = sampleNames();
        for (String name : names) {
            writer.write(pipeline.prepare(read("samples/" + name), null, null));
        }
        LOG.infof("Loaded %d sample articles into the empty graph", names.size());
    }

    public static List<String> sampleNames() {
        List<String> names = new ArrayList<>();
        for (String line : read("samples/samples.list").split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    public static String read(String resource) {
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
