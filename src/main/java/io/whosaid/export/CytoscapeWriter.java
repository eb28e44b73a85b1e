package io.whosaid.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Cytoscape JSON, as Cytoscape (desktop, .cyjs) and Cytoscape.js read it:
 * {@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}, each {@code data} holding the same
 * fields as the GraphQL {@code Subgraph.elements} (a node's id, type, label and counts; an edge's id, type,
 * source, target, weight and supports).
 */
final class CytoscapeWriter implements SubgraphWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;
    private boolean inEdges;

    CytoscapeWriter(OutputStream out) {
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", "WhoSaid");
            json.writeStringField("target_cytoscapejs_version", "~3");
            json.writeObjectFieldStart("data");
            json.writeStringField("name", "WhoSaid");
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void node(GraphNode node) {
        try {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", node.id());
            json.writeStringField("label", node.label());
            json.writeStringField("type", node.type().name());
            json.writeNumberField("degree", node.degree());
            json.writeNumberField("said", node.said());
            json.writeNumberField("quotedAbout", node.quotedAbout());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void edge(GraphEdge edge) {
        try {
            startEdges();
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", edge.id());
            json.writeStringField("source", edge.source());
            json.writeStringField("target", edge.target());
            json.writeStringField("type", edge.type().name());
            json.writeNumberField("weight", edge.weight());
            json.writeArrayFieldStart("supports");
            for (String support : edge.supports()) {
                json.writeString(support);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startEdges() throws IOException {
        if (!inEdges) {
            inEdges = true;
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
        }
    }

    @Override
    public void finish() {
        try {
            startEdges();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
