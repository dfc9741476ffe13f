-- The report of each reconciliation run: what it found about an activated Salesforce Order
-- (missing in the ERP, write-back missing, amounts that differ), the detail, and what it did.
create sequence reconciliation_finding_seq increment by 50;
create table reconciliation_finding (
    id            bigint        primary key,
    execution_id  bigint        not null,
    sf_order_id   varchar(18)   not null,
    order_number  varchar(30),
    kind          varchar(40)   not null,
    detail        varchar(4000) not null,
    action        varchar(40)   not null,
    recorded_at   timestamp with time zone not null
);
create index reconciliation_finding_execution on reconciliation_finding (execution_id, id);
