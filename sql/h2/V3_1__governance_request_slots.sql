-- Request budget per external system, shared by every bridge instance on this database: one row
-- per request the system allows in its sliding window (Dynamics 365 F&O: 6,000 per 5 minutes).
-- A request takes a slot whose used_at is at least one window old and stamps it with the time
-- (taken_by: the taker's token), and again when its answer (or failure) has come, by which time
-- the system has surely received it; so no window ever holds more requests than there are slots.
-- Slots are added at first use from configuration (o2c.<system>.request-budget).
create table governance_request_slot (
    target_system  varchar(40)  not null,
    slot           integer      not null,
    used_at        timestamp with time zone not null,
    taken_by       varchar(100),
    primary key (target_system, slot)
);
create index governance_request_slot_free on governance_request_slot (target_system, used_at);
