-- Concurrency permits per external system, shared by every bridge instance on this database:
-- a caller holds one slot (holder = its claim token) for the length of one call, with a lease
-- that frees the slot if the holder dies. NetSuite allows a fixed number of concurrent requests
-- per account; this is how the whole cluster keeps to it. Slots are added at start-up from
-- configuration (o2c.<system>.concurrency-limit).
create table governance_permit (
    target_system  varchar(40)  not null,
    slot           integer      not null,
    holder         varchar(100),
    lease_until    timestamp with time zone,
    primary key (target_system, slot)
);
