package io.whosaid.export;

import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A zip of {@code nodes.csv} and {@code edges.csv} (RFC 4180, UTF-8, a header row each), the two tables Gephi's
 * spreadsheet import takes. Gephi's column names are used where it gives one a meaning: {@code Id} and
 * {@code Label} for nodes; {@code Source}, {@code Target}, {@code Type} (always {@code Directed}), {@code Id},
 * {@code Label} (the relationship type) and {@code Weight} for edges; the other attributes keep their names.
 */
final class CsvZipWriter implements SubgraphWriter {

    static final String NODES = "nodes.csv";
    static final String EDGES = "edges.csv";

    private final ZipOutputStream zip;
    private final Writer text;
    private CSVPrinter csv;
    private boolean inEdges;

    CsvZipWriter(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        try {
            List<String> header = new ArrayList<>(List.of("Id", "Label"));
            Attributes.NODE.forEach(attribute -> header.add(attribute.name()));
            start(NODES, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(String entry, List<String> header) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        csv = new CSVPrinter(text, CSVFormat.RFC4180);
        csv.printRecord(header);
    }

    @Override
    public void node(GraphNode node) {
        try {
            List<Object> row = new ArrayList<>(List.of(node.id(), node.label()));
            Attributes.NODE.forEach(attribute -> row.add(attribute.value().apply(node)));
            csv.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void edge(GraphEdge edge) {
        try {
            startEdges();
            csv.printRecord(
                    edge.source(),
                    edge.target(),
                    "Directed",
                    edge.id(),
                    edge.type().name(),
                    edge.weight(),
                    String.join(" ", edge.supports()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edge columns: Gephi's, then {@code supports} as {@link Attributes#EDGE} writes it. */
    private void startEdges() throws IOException {
        if (!inEdges) {
            inEdges = true;
            csv.flush();
            text.flush();
            zip.closeEntry();
            start(EDGES, List.of("Source", "Target", "Type", "Id", "Label", "Weight", "supports"));
        }
    }

    @Override
    public void finish() {
        try {
            startEdges();
            csv.flush();
            text.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
