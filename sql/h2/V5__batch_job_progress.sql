-- How far each batch job has taken the ERP's changes: the last change it committed. Moved in the
-- transaction of each chunk, so a restarted or repeated run starts after what was written.
create table job_watermark (
    job_name    varchar(100) primary key,
    watermark   timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

-- The records a job run set aside (skipped: the job could not place them) or the target system
-- refused (rejected: with the system's own error), written in the chunk's transaction.
create sequence job_skipped_record_seq increment by 50;
create table job_skipped_record (
    id            bigint        primary key,
    execution_id  bigint        not null,
    job_name      varchar(100)  not null,
    step_name     varchar(100)  not null,
    record_key    varchar(200)  not null,
    kind          varchar(10)   not null,
    reason        varchar(2000) not null,
    recorded_at   timestamp with time zone not null
);
create index job_skipped_record_execution on job_skipped_record (execution_id, id);
