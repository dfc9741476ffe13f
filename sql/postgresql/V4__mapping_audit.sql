-- Every add, change and delete of a value_map row: who, when, which row, and its target value
-- before and after (old_target null when added, new_target null when deleted). Written in the
-- same transaction as the change; a change to the same value writes nothing.
create sequence value_map_audit_seq increment by 50;
create table value_map_audit (
    id             bigint       primary key,
    target_system  varchar(40)  not null,
    map_type       varchar(40)  not null,
    source_value   varchar(255) not null,
    action         varchar(10)  not null,
    old_target     varchar(255),
    new_target     varchar(255),
    changed_by     varchar(255) not null,
    changed_at     timestamp with time zone not null
);
create index value_map_audit_recent on value_map_audit (changed_at desc, id desc);
create index value_map_audit_row on value_map_audit (target_system, map_type, changed_at desc);
