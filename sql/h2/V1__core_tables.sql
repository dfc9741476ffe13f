-- O2C Bridge core schema (embedded H2). Applied by Flyway at start-up; readable and applicable by hand.

-- Every accepted order event, unique on the idempotency key the Salesforce package derives from
-- the order's activation (Order Id + LastModifiedDate): a redelivery finds its row and does nothing.
create sequence inbound_event_seq increment by 50;
create table inbound_event (
    id               bigint       primary key,
    idempotency_key  varchar(255) not null,
    sf_order_id      varchar(18) not null,
    sf_account_id    varchar(18) not null,
    order_number     varchar(30),
    line_count       integer      not null,
    received_from    varchar(255),
    received_at      timestamp with time zone not null,
    payload          varchar(1000000) not null,
    constraint inbound_event_idempotency_key_uk unique (idempotency_key)
);
create index inbound_event_order_ix on inbound_event (sf_order_id, received_at);

-- Work to do against an external system. Rows of one aggregate (the Salesforce order) run in
-- sequence_no order; DEAD rows are the dead-letter queue, resolved or replayed by an operator.
create sequence outbox_seq increment by 50;
create table outbox (
    id                  bigint       primary key,
    inbound_event_id    bigint       not null references inbound_event (id),
    aggregate_type      varchar(40)  not null,
    aggregate_id        varchar(40)  not null,
    sequence_no         integer      not null,
    target_system       varchar(40)  not null,
    action              varchar(40)  not null,
    payload             varchar(1000000) not null,
    status              varchar(16)  not null,
    attempts            integer      not null default 0,
    next_attempt_at     timestamp with time zone not null,
    lease_owner         varchar(100),
    lease_until         timestamp with time zone,
    last_error          varchar(4000),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    completed_at        timestamp with time zone,
    resolved_by         varchar(255),
    resolved_at         timestamp with time zone,
    resolution_comment  varchar(4000),
    version             bigint       not null default 0,
    constraint outbox_status_ck check (status in ('PENDING', 'IN_FLIGHT', 'DONE', 'DEAD', 'RESOLVED')),
    constraint outbox_event_step_uk unique (inbound_event_id, sequence_no)
);
create index outbox_due_ix on outbox (status, next_attempt_at, id);
create index outbox_aggregate_ix on outbox (aggregate_type, aggregate_id, sequence_no);
create index outbox_dead_ix on outbox (status, target_system, updated_at);

-- One row per dispatch attempt: the order's timeline in the API and the console.
create sequence outbox_attempt_seq increment by 50;
create table outbox_attempt (
    id           bigint       primary key,
    outbox_id    bigint       not null references outbox (id),
    attempt_no   integer      not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    outcome      varchar(16)  not null,
    http_status  integer,
    detail       varchar(4000),
    constraint outbox_attempt_outcome_ck check (outcome in ('DONE', 'RETRY', 'DEAD', 'REPLAYED', 'RESOLVED'))
);
create index outbox_attempt_outbox_ix on outbox_attempt (outbox_id, attempt_no);

-- Salesforce id <-> ERP internal id and document number, per entity type and ERP.
create sequence xref_seq increment by 50;
create table xref (
    id             bigint       primary key,
    entity_type    varchar(40)  not null,
    sf_id          varchar(18) not null,
    target_system  varchar(40)  not null,
    erp_id         varchar(100) not null,
    erp_number     varchar(100),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint xref_sf_uk unique (entity_type, sf_id, target_system)
);
create index xref_erp_ix on xref (target_system, entity_type, erp_id);

-- Mapping tables an operator edits: unit of measure, currency, payment terms, country, shipping
-- method, legal entity -> subsidiary / sales organisation / dataAreaId, per target system.
create sequence value_map_seq increment by 50;
create table value_map (
    id             bigint       primary key,
    target_system  varchar(40)  not null,
    map_type       varchar(40)  not null,
    source_value   varchar(255) not null,
    target_value   varchar(255) not null,
    updated_by     varchar(255) not null,
    updated_at     timestamp with time zone not null,
    constraint value_map_uk unique (target_system, map_type, source_value)
);

-- Per job and system, the last point synced; moves only with committed work.
create table sync_watermark (
    job_name       varchar(100) not null,
    target_system  varchar(40)  not null,
    watermark      timestamp with time zone,
    cursor_value   varchar(1000),
    updated_at     timestamp with time zone not null,
    primary key (job_name, target_system)
);
