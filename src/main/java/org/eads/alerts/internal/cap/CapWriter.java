package org.eads.alerts.internal.cap;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link CapMessage} as CAP 1.2 XML, elements in the order the schema requires, indented. */
final class CapWriter {

    private final XMLStreamWriter xml;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int depth;

    private CapWriter() throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    }

    static byte[] write(CapMessage m) {
        try {
            CapWriter w = new CapWriter();
            w.alert(m);
            return w.out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the CAP message " + m.identifier(), e);
        }
    }

    private void alert(CapMessage m) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(CapFormat.NAMESPACE);
        xml.writeStartElement(CapFormat.NAMESPACE, "alert");
        xml.writeDefaultNamespace(CapFormat.NAMESPACE);
        depth++;
        text("identifier", m.identifier());
        text("sender", m.sender());
        text("sent", CapFormat.date(m.sent()));
        text("status", m.status());
        text("msgType", m.msgType());
        text("scope", m.scope());
        text("restriction", m.restriction());
        text("addresses", m.addresses());
        text("note", m.note());
        text("references", m.references());
        text("incidents", m.incidents());
        if (m.info() != null) {
            info(m.info());
        }
        depth--;
        newline();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    private void info(CapMessage.Info i) throws XMLStreamException {
        start("info");
        text("language", "en");
        text("category", i.category());
        text("event", i.event());
        text("urgency", i.urgency());
        text("severity", i.severity());
        text("certainty", i.certainty());
        text("expires", i.expires() == null ? null : CapFormat.date(i.expires()));
        text("senderName", i.senderName());
        text("headline", i.headline());
        text("description", i.description());
        text("web", i.web());
        for (Map.Entry<String, String> p : i.parameters().entrySet()) {
            start("parameter");
            text("valueName", p.getKey());
            text("value", p.getValue());
            end();
        }
        end();
    }

    private void start(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(CapFormat.NAMESPACE, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
    }

    /** An element with text; nothing at all when the value is absent, as every optional CAP element may be. */
    private void text(String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        newline();
        xml.writeStartElement(CapFormat.NAMESPACE, name);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text with every character XML 1.0 cannot hold (control characters but tab and line ends) replaced. */
    private static String xmlText(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 ? c : 0xFFFD));
        return b.toString();
    }
}
