package org.eads.alerts.internal.cap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.AlertNotFoundException;
import org.eads.alerts.Alerts;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.internal.AlertStore;
import org.eads.identity.EadsUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Acknowledgements that arrive as CAP 1.2 {@code Ack} messages, as a member's national system sends them: the
 * message's {@code references} name the notifications ({@code sender,identifier,sent}, space-separated), which are
 * acknowledged for the calling user, all or none.
 */
@Service
public class CapAcknowledgements {

    /** Larger than any acknowledgement needs to be; refused before it is parsed. */
    static final int MAX_BYTES = 256 * 1024;

    /** One notification acknowledged, and when (earlier, if it had been acknowledged already). */
    public record Acknowledged(UUID id, Instant acknowledgedAt) {
    }

    /** What the message acknowledged. */
    public record Result(String identifier, String sender, List<Acknowledged> acknowledged) {
    }

    private final CapSchema schema;
    private final AlertStore store;
    private final Alerts alerts;

    CapAcknowledgements(CapSchema schema, AlertStore store, Alerts alerts) {
        this.schema = schema;
        this.store = store;
        this.alerts = alerts;
    }

    /**
     * Checks the message (safe parsing, the CAP 1.2 schema, msgType Ack, references), then acknowledges every
     * notification it names for the user. A reference to a notification that does not exist or is not addressed to
     * the user answers 404 and nothing is acknowledged.
     */
    @Transactional
    public Result acknowledge(EadsUser user, byte[] message) {
        if (message == null || message.length == 0) {
            throw new InvalidCapMessageException("The body is empty: send a CAP 1.2 Ack message as XML");
        }
        if (message.length > MAX_BYTES) {
            throw new InvalidCapMessageException("The message is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        Document doc = schema.read(message);
        Element alert = doc.getDocumentElement();
        if (!"alert".equals(alert.getLocalName())) {
            throw new InvalidCapMessageException("The message is refused: its root element must be a CAP alert, "
                    + "not " + alert.getLocalName());
        }
        String msgType = child(alert, "msgType");
        if (!"Ack".equals(msgType)) {
            throw new InvalidCapMessageException("Only msgType Ack is accepted here, not " + msgType
                    + ": to acknowledge notifications, send an Ack whose references name them");
        }
        List<UUID> ids = references(child(alert, "references"));
        for (UUID id : ids) {
            store.entry(user.id(), id).orElseThrow(() -> new AlertNotFoundException(id));
        }
        List<Acknowledged> done = new ArrayList<>();
        for (UUID id : ids) {
            InboxEntry entry = alerts.acknowledge(user, id, "CAP");
            done.add(new Acknowledged(id, entry.acknowledgedAt()));
        }
        return new Result(child(alert, "identifier"), child(alert, "sender"), done);
    }

    /** The notification ids of {@code references}; an identifier that is no id of ours cannot be acknowledged. */
    private static List<UUID> references(String references) {
        if (references == null || references.isBlank()) {
            throw new InvalidCapMessageException("The Ack names no notification: put them in references as "
                    + "sender,identifier,sent, separated by spaces");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String entry : references.strip().split("\\s+")) {
            String[] parts = entry.split(",", -1);
            if (parts.length != 3) {
                throw new InvalidCapMessageException("The reference '" + entry + "' is not of the form "
                        + "sender,identifier,sent");
            }
            try {
                ids.add(UUID.fromString(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new NotOursException(parts[1]);
            }
        }
        return List.copyOf(ids);
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && CapFormat.NAMESPACE.equals(e.getNamespaceURI())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    /** An identifier that is not the id of an e-ADS notification: as unknown as a notification that is not there. */
    static class NotOursException extends ErrorResponseException {
        NotOursException(String identifier) {
            super(HttpStatus.NOT_FOUND, problem(identifier), null);
        }

        private static ProblemDetail problem(String identifier) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Notification " + identifier
                    + " not found: it does not exist, or it is not addressed to you");
            p.setTitle("Notification not found");
            return p;
        }
    }
}
