-- Notifications: one mechanism for every module. A notification is written in the transaction of what caused it,
-- with one row per recipient (its state) and one row per delivery to an outside channel (e-mail, webhook).
create table notification (
    id              uuid primary key,
    kind            text not null,
    severity        text not null check (severity in ('ROUTINE', 'URGENT', 'CRITICAL')),
    subject         text not null,
    body            text,
    link            text,                    -- the object's page inside e-ADS, such as /records/{id}
    object_type     text,
    object_id       text,
    sender_user     bigint references app_user (id),
    sender_member   text not null references member (code),
    requires_ack    boolean not null,
    ack_deadline    timestamptz,
    exercise        boolean not null default false,
    message_type    text not null default 'ALERT' check (message_type in ('ALERT', 'UPDATE', 'CANCEL')),
    references_id   uuid references notification (id),
    created_at      timestamptz not null
);
create index notification_object on notification (object_type, object_id);
create index notification_sender on notification (sender_member, created_at desc);
create index notification_deadline on notification (ack_deadline) where requires_ack;

-- What the sender addressed (users, a role at a member, whole members), kept for the CAP addresses and the status.
create table notification_address (
    notification_id uuid not null references notification (id),
    member_code     text references member (code),
    role            text,
    user_id         bigint references app_user (id)
);
create index notification_address_of on notification_address (notification_id);

create table notification_recipient (
    notification_id  uuid not null references notification (id),
    user_id          bigint not null references app_user (id),
    member_code      text not null references member (code),
    escalation       boolean not null default false,   -- reached because others did not acknowledge in time
    created_at       timestamptz not null,             -- when it reached this recipient, for the inbox order
    delivered_at     timestamptz,
    read_at          timestamptz,
    acknowledged_at  timestamptz,
    acknowledged_via text,                             -- PAGE, API, CAP or EMAIL
    primary key (notification_id, user_id)
);
create index notification_recipient_inbox on notification_recipient (user_id, created_at desc);
create index notification_recipient_unread on notification_recipient (user_id) where read_at is null;

-- A member whose recipients did not acknowledge by the deadline has been escalated once.
create table notification_escalation (
    notification_id uuid not null references notification (id),
    member_code     text not null references member (code),
    escalated_at    timestamptz not null,
    primary key (notification_id, member_code)
);

-- Deliveries outside e-ADS, retried with backoff until sent or given up (the dead-letter list).
create table alert_delivery (
    id              bigserial primary key,
    notification_id uuid not null references notification (id),
    channel         text not null check (channel in ('EMAIL', 'WEBHOOK')),
    user_id         bigint references app_user (id),       -- EMAIL
    member_code     text references member (code),         -- WEBHOOK
    status          text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null,
    unique nulls not distinct (notification_id, channel, user_id, member_code)
);
create index alert_delivery_due on alert_delivery (next_attempt_at) where status = 'PENDING';
create index alert_delivery_dead on alert_delivery (member_code, created_at desc) where status = 'DEAD';

-- Which kinds a user also wants by e-mail; without a row, URGENT and CRITICAL ones. CRITICAL always goes.
create table alert_email_preference (
    user_id bigint not null references app_user (id),
    kind    text not null,
    email   boolean not null,
    primary key (user_id, kind)
);

-- A member's national system that receives its notifications, signed with HMAC-SHA256.
create table member_webhook (
    member_code    text primary key references member (code),
    url            text not null,
    secret_cipher  text not null,                 -- the signing key, encrypted at rest
    min_severity   text not null default 'ROUTINE' check (min_severity in ('ROUTINE', 'URGENT', 'CRITICAL')),
    enabled        boolean not null default true,
    updated_at     timestamptz not null default now()
);
