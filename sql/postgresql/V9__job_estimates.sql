-- How much work a job execution expects (counted from the source when it starts) and how much it
-- has done, for progress bars and remaining-time estimates; jobs that cannot tell have no row.
create table job_estimate (
    execution_id     bigint primary key,
    job_name         varchar(100) not null,
    estimated_total  bigint       not null,
    done             bigint       not null,
    updated_at       timestamp with time zone not null
);
