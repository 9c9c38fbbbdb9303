package org.eads.alerts.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends notification e-mails through the configured SMTP server ({@code spring.mail.host}, ...). Without one, no
 * e-mail is queued at all. Each message carries the notification's id in its Message-ID, so that a message sent again
 * after a failure or a restart is recognisably the same one.
 */
@Component
public class Mailer {

    private final ObjectProvider<JavaMailSenderImpl> sender;
    private final AlertSettings settings;

    Mailer(ObjectProvider<JavaMailSenderImpl> sender, AlertSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void send(String to, String subject, String text, String messageId) throws MessagingException {
        JavaMailSenderImpl mail = sender.getObject();
        MimeMessage message = new StableIdMessage(mail.getSession(), messageId);
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        mail.send(message);
    }

    /** A message whose Message-ID is ours, not one made up anew at each sending. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(jakarta.mail.Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
