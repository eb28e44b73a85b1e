package io.whosaid.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats a subgraph is exported in: the name in {@code /export/{name}}, the media type and the file's extension. */
public enum ExportFormat {
    GRAPHML("application/graphml+xml", "graphml", GraphmlWriter::new),
    GEXF("application/gexf+xml", "gexf", GexfWriter::new),
    CYTOSCAPE("application/json", "cyjs", CytoscapeWriter::new),
    CSV("application/zip", "csv.zip", CsvZipWriter::new);

    private final String mediaType;
    private final String extension;
    private final Function<OutputStream, SubgraphWriter> writer;

    ExportFormat(String mediaType, String extension, Function<OutputStream, SubgraphWriter> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values())
                .filter(format -> format.pathName().equals(name))
                .findFirst();
    }

    /** As it is written in the address: {@code graphml}, {@code gexf}, {@code cytoscape}, {@code csv}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer that writes the format to {@code out} as elements come; its first bytes may be written at once. */
    public SubgraphWriter writer(OutputStream out) {
        return writer.apply(out);
    }
}
