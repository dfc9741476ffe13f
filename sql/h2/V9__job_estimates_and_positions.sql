-- How much work a job execution expects (counted from the source when it starts) and how much it
-- has done, for progress bars and remaining-time estimates; jobs that cannot tell have no row.
create table job_estimate (
    execution_id     bigint primary key,
    job_name         varchar(100) not null,
    estimated_total  bigint       not null,
    done             bigint       not null,
    updated_at       timestamp with time zone not null
);

-- Where each part of an execution's work stands (a partition's date range and the key of the last
-- record committed in it), so that the execution resuming a stale one carries on from there.
create table job_position (
    execution_id  bigint       not null,
    part          varchar(100) not null,
    job_name      varchar(100) not null,
    position      varchar(200) not null,
    updated_at    timestamp with time zone not null,
    primary key (execution_id, part)
);
