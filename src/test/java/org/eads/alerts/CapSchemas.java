package org.eads.alerts;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The CAP 1.2 schemas the tests validate messages with: the one e-ADS checks incoming messages with (on the
 * classpath), and the official OASIS {@code CAP-v1.2.xsd} when it is at hand: named by the system property
 * {@code eads.cap.official-xsd}, or at {@code src/test/resources/cap/CAP-v1.2.xsd}, or in the shared reference data
 * beside the repository ({@code ../shared/data/cap/CAP-v1.2.xsd}).
 */
final class CapSchemas {

    private CapSchemas() {
    }

    static Schema bundled() {
        return load(new StreamSource(CapSchemas.class.getClassLoader().getResource("cap/cap-1.2.xsd").toString()));
    }

    static Optional<Schema> official() {
        return officialFile().map(p -> load(new StreamSource(p.toFile())));
    }

    static Optional<Path> officialFile() {
        return Stream.of(System.getProperty("eads.cap.official-xsd"), "src/test/resources/cap/CAP-v1.2.xsd",
                        "../shared/data/cap/CAP-v1.2.xsd")
                .filter(s -> s != null && !s.isBlank()).map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    /** Validates the message; throws the validator's exception, with its line, when it is not valid. */
    static void validate(Schema schema, byte[] xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema load(StreamSource source) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(source);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the CAP schema " + source.getSystemId(), e);
        }
    }
}
