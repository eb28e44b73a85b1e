package io.whosaid.export;

import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 (Gephi): a static directed graph; nodes with a label and the node attributes, edges with the type as
 * label, the weight as GEXF's own weight, and the edge attributes. {@code <nodes>} is closed at the first edge
 * (or at the end), as the schema wants every node before the edges.
 */
final class GexfWriter implements SubgraphWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";

    private final XMLStreamWriter xml;
    private boolean inEdges;

    GexfWriter(OutputStream out) {
        xml = XmlExport.open(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("WhoSaid");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "static");
            xml.writeAttribute("defaultedgetype", "directed");
            attributes("node", Attributes.NODE);
            attributes("edge", Attributes.EDGE);
            xml.writeStartElement("nodes");
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }

    /** Attribute ids are the names themselves, so a reader shows them as they are. */
    private void attributes(String owner, List<? extends Attributes.Attribute<?>> attributes)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", owner);
        for (Attributes.Attribute<?> attribute : attributes) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute.name());
            xml.writeAttribute("title", attribute.name());
            xml.writeAttribute("type", attribute.integer() ? "integer" : "string");
        }
        xml.writeEndElement();
    }

    @Override
    public void node(GraphNode node) {
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", XmlExport.clean(node.id()));
            xml.writeAttribute("label", XmlExport.clean(node.label()));
            xml.writeStartElement("attvalues");
            for (Attributes.Attribute<GraphNode> attribute : Attributes.NODE) {
                value(attribute.name(), attribute.text(node));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }

    @Override
    public void edge(GraphEdge edge) {
        try {
            startEdges();
            xml.writeStartElement("edge");
            xml.writeAttribute("id", XmlExport.clean(edge.id()));
            xml.writeAttribute("source", XmlExport.clean(edge.source()));
            xml.writeAttribute("target", XmlExport.clean(edge.target()));
            xml.writeAttribute("label", edge.type().name());
            xml.writeAttribute("weight", Integer.toString(edge.weight()));
            xml.writeStartElement("attvalues");
            for (Attributes.Attribute<GraphEdge> attribute : Attributes.EDGE) {
                value(attribute.name(), attribute.text(edge));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }

    private void startEdges() throws XMLStreamException {
        if (!inEdges) {
            inEdges = true;
            xml.writeEndElement(); // nodes
            xml.writeStartElement("edges");
        }
    }

    private void value(String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", name);
        xml.writeAttribute("value", XmlExport.clean(value));
    }

    @Override
    public void finish() {
        try {
            startEdges();
            xml.writeEndElement(); // edges
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // gexf
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }
}
