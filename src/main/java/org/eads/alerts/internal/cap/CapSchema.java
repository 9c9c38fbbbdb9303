package org.eads.alerts.internal.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads CAP 1.2 messages from outside safely: no DOCTYPE at all (so no entities, internal or external, and no
 * entity expansion attacks), no external schema or DTD fetched, and the message checked against the CAP 1.2 schema
 * before anything in it is used. Every refusal names what is wrong and where.
 */
@Component
class CapSchema {

    static final String RESOURCE = "cap/cap-1.2.xsd";
    /** No DOCTYPE at all, no external entities, no external DTD: set on every parser that reads a message. */
    private static final Map<String, Boolean> SAFE_FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private final Schema schema;

    CapSchema() {
        this.schema = load(CapSchema.class.getClassLoader().getResource(RESOURCE));
    }

    /** A schema from a file of the classpath or elsewhere, read with external access switched off. */
    static Schema load(URL xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The CAP schema " + xsd + " cannot be read", e);
        }
    }

    /** Checks the message against the schema and returns it as a document; refuses it with the first problem. */
    Document read(byte[] message) {
        validate(schema, message);
        try {
            return documentBuilder().parse(new ByteArrayInputStream(message));
        } catch (SAXParseException e) {
            throw refusal(e);
        } catch (SAXException | IOException e) {
            throw new InvalidCapMessageException("The message cannot be read as XML: " + e.getMessage());
        }
    }

    /** Checks a message against a schema, with the same safe parser; the first problem is thrown. */
    static void validate(Schema schema, byte[] message) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new SAXSource(xmlReader(), new InputSource(new ByteArrayInputStream(message))));
        } catch (SAXParseException e) {
            throw refusal(e);
        } catch (SAXException | IOException e) {
            throw new InvalidCapMessageException("The message cannot be read as XML: " + e.getMessage());
        }
    }

    private static XMLReader xmlReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            for (Map.Entry<String, Boolean> f : SAFE_FEATURES.entrySet()) {
                factory.setFeature(f.getKey(), f.getValue());
            }
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No safe XML parser", e);
        }
    }

    private static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            for (Map.Entry<String, Boolean> f : SAFE_FEATURES.entrySet()) {
                factory.setFeature(f.getKey(), f.getValue());
            }
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No safe XML parser", e);
        }
    }

    private static InvalidCapMessageException refusal(SAXParseException e) {
        String message = e.getMessage() == null ? "not valid" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            message = "a DOCTYPE declaration is not accepted (no DTDs, no entities): remove it";
        } else if (message.startsWith("cvc-")) {
            message = "it does not follow the CAP 1.2 schema: " + message;
        } else {
            message = "it is not well-formed XML: " + message;
        }
        return new InvalidCapMessageException("The message is refused: " + message, e.getLineNumber(),
                e.getColumnNumber());
    }
}
