-- A record a batch job could not load (a historical order Salesforce refused) becomes a dead letter
-- like failed order work, for an operator to fix and replay; no received event caused it, so such
-- outbox rows have no inbound event.
alter table outbox alter column inbound_event_id set null;
create index outbox_set_aside_ix on outbox (aggregate_type, aggregate_id, action);
