-- The bridge instances sharing this database, each with the time it last said it was alive: a job
-- execution left running by an instance that stopped saying so (a killed JVM) is stale.
create table bridge_instance (
    instance_id   varchar(64) primary key,
    started_at    timestamp with time zone not null,
    heartbeat_at  timestamp with time zone not null
);

-- One row per batch job: the last scheduled firing some instance claimed (so each firing runs
-- once, whichever instances see it), and the short lease of a start under way (so no two starts
-- of a job, scheduled or by an operator, can both find it idle).
create table job_schedule (
    job_name        varchar(100) primary key,
    last_fire_at    timestamp with time zone,
    last_fired_by   varchar(64),
    starting_by     varchar(64),
    starting_until  timestamp with time zone
);

-- Every execution the bridge started, with the instance that runs it and who asked for it, and
-- the execution that took over once it was found stale.
create table job_run (
    execution_id  bigint primary key,
    job_name      varchar(100) not null,
    instance_id   varchar(64)  not null,
    started_by    varchar(255) not null,
    started_at    timestamp with time zone not null,
    resumed_as    bigint
);
create index job_run_job on job_run (job_name, execution_id);
