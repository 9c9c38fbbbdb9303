package org.eads.alerts.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.eads.alerts.Alert;
import org.eads.identity.EadsUser;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery to open pages and to machine clients, by server-sent events. Every node LISTENs on the database
 * channel that {@link AlertStore#announce} NOTIFYs on commit, so a notification sent on any node reaches the
 * recipients connected to every node, and only once committed. Pages get an HTML toast ({@code alert}) and their
 * unread count ({@code unread}); machines get the notification as JSON ({@code alert}); both get {@code ack} when
 * someone acknowledges a notification they sent or received.
 */
@Component
@ConditionalOnWebApplication
public class LivePush implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LivePush.class);
    private static final Duration CONNECTION_LIFETIME = Duration.ofMinutes(30);

    /** One open event stream: a page (HTML) or a machine (JSON) of a user. */
    private record Client(SseEmitter emitter, boolean page, String memberCode) {
    }

    private final Map<Long, Set<Client>> clients = new ConcurrentHashMap<>();
    private final DataSource dataSource;
    private final AlertStore store;
    private final AlertFragments fragments;
    private final Clock clock;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private Thread listener;

    LivePush(DataSource dataSource, AlertStore store, AlertFragments fragments, Clock clock) {
        this.dataSource = dataSource;
        this.store = store;
        this.fragments = fragments;
        this.clock = clock;
    }

    /** Opens a stream for the user: {@code page} for HTML fragments, otherwise JSON. */
    public SseEmitter connect(EadsUser user, boolean page) {
        SseEmitter emitter = new SseEmitter(CONNECTION_LIFETIME.toMillis());
        Client client = new Client(emitter, page, user.memberCode());
        clients.computeIfAbsent(user.id(), k -> ConcurrentHashMap.newKeySet()).add(client);
        Runnable remove = () -> clients.computeIfPresent(user.id(), (k, set) -> {
            set.remove(client);
            return set.isEmpty() ? null : set;
        });
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        if (page) {
            send(client, "unread", fragments.badge(store.unread(user.id())), MediaType.TEXT_HTML);
        } else {
            send(client, "ready", Map.of("user", user.username()), MediaType.APPLICATION_JSON);
        }
        return emitter;
    }

    /** How many streams are open on this node. */
    public int connections() {
        return clients.values().stream().mapToInt(Set::size).sum();
    }

    private void dispatch(String message) {
        String[] part = message.split(":");
        try {
            switch (part[0]) {
                case "new" -> pushAlert(UUID.fromString(part[1]), false);
                case "esc" -> pushAlert(UUID.fromString(part[1]), true);
                case "ack" -> pushAck(UUID.fromString(part[1]));
                case "read" -> pushUnread(List.of(Long.parseLong(part[2])));
                default -> log.warn("Unknown alert announcement {}", message);
            }
        } catch (RuntimeException e) {
            log.warn("Could not push announcement {} live", message, e);
        }
    }

    private void pushAlert(UUID id, boolean escalationOnly) {
        List<Long> here = connected(store.recipients(id, escalationOnly));
        if (here.isEmpty()) {
            return;
        }
        Alert alert = store.find(id).orElseThrow();
        String toast = fragments.toast(alert);
        Map<Long, Long> unread = store.unread(here);
        for (Long user : here) {
            for (Client c : clients.getOrDefault(user, Set.of())) {
                if (c.page()) {
                    send(c, "alert", toast, MediaType.TEXT_HTML);
                    send(c, "unread", fragments.badge(unread.getOrDefault(user, 0L)), MediaType.TEXT_HTML);
                } else {
                    send(c, "alert", alert, MediaType.APPLICATION_JSON);
                }
            }
        }
        store.markDelivered(id, here, clock.instant());
    }

    private void pushAck(UUID id) {
        Alert alert = store.find(id).orElseThrow();
        List<Long> recipients = store.recipients(id, false);
        clients.forEach((user, set) -> {
            for (Client c : set) {
                if (recipients.contains(user) || c.memberCode().equals(alert.senderMember())) {
                    send(c, "ack", c.page() ? id.toString() : Map.of("id", id), c.page() ? MediaType.TEXT_PLAIN
                            : MediaType.APPLICATION_JSON);
                }
            }
        });
    }

    private void pushUnread(Collection<Long> users) {
        List<Long> here = connected(users);
        if (here.isEmpty()) {
            return;
        }
        store.unread(here).forEach((user, count) -> clients.getOrDefault(user, Set.of()).stream()
                .filter(Client::page).forEach(c -> send(c, "unread", fragments.badge(count), MediaType.TEXT_HTML)));
    }

    private List<Long> connected(Collection<Long> users) {
        List<Long> out = new ArrayList<>();
        for (Long u : users) {
            if (clients.containsKey(u)) {
                out.add(u);
            }
        }
        return out;
    }

    private void send(Client c, String event, Object data, MediaType type) {
        try {
            c.emitter().send(SseEmitter.event().name(event).data(data, type));
        } catch (IOException | IllegalStateException e) {
            c.emitter().completeWithError(e);
        }
    }

    /** Keeps idle streams open through proxies, and finds the ones whose page has gone. */
    @Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
    void heartbeat() {
        clients.values().forEach(set -> set.forEach(c -> {
            try {
                c.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                c.emitter().completeWithError(e);
            }
        }));
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + AlertStore.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null) {
                        for (PGNotification n : received) {
                            String message = n.getParameter();
                            senders.execute(() -> dispatch(message));
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live alerts lost the database connection, reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("alerts-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        clients.values().forEach(set -> set.forEach(c -> c.emitter().complete()));
        clients.clear();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
