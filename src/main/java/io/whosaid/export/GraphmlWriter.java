package io.whosaid.export;

import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (Gephi, yEd, JGraphT, NetworkX): a directed graph whose nodes carry {@code label} and the node
 * attributes, and whose edges carry {@code label} (the type) and the edge attributes, each declared as a key.
 */
final class GraphmlWriter implements SubgraphWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private final XMLStreamWriter xml;

    GraphmlWriter(OutputStream out) {
        xml = XmlExport.open(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            key("node", "label", false);
            for (Attributes.Attribute<GraphNode> attribute : Attributes.NODE) {
                key("node", attribute.name(), attribute.integer());
            }
            key("edge", "label", false);
            for (Attributes.Attribute<GraphEdge> attribute : Attributes.EDGE) {
                key("edge", attribute.name(), attribute.integer());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "whosaid");
            xml.writeAttribute("edgedefault", "directed");
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }

    /** Keys are named by what they describe and the attribute ({@code node.type}, {@code edge.type}): one id each. */
    private void key(String owner, String name, boolean integer) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", owner + "." + name);
        xml.writeAttribute("for", owner);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", integer ? "int" : "string");
    }

    @Override
    public void node(GraphNode node) {
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", XmlExport.clean(node.id()));
            data("node.label", node.label());
            for (Attributes.Attribute<GraphNode> attribute : Attributes.NODE) {
                data("node." + attribute.name(), attribute.text(node));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }

    @Override
    public void edge(GraphEdge edge) {
        try {
            // GraphML's ids are XML name tokens, which the API's edge ids (source|TYPE|target) are not: an edge
            // is named by its ends and its label, as GraphML allows.
            xml.writeStartElement("edge");
            xml.writeAttribute("source", XmlExport.clean(edge.source()));
            xml.writeAttribute("target", XmlExport.clean(edge.target()));
            data("edge.label", edge.type().name());
            for (Attributes.Attribute<GraphEdge> attribute : Attributes.EDGE) {
                data("edge." + attribute.name(), attribute.text(edge));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }

    private void data(String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlExport.clean(value));
        xml.writeEndElement();
    }

    @Override
    public void finish() {
        try {
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // graphml
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw XmlExport.failed(e);
        }
    }
}
