-- A job that reads several ERPs keeps one watermark per ERP: a shop with two ERPs runs the job once
-- per ERP, and a run moves only its ERP's watermark. The watermarks kept so far are NetSuite's,
-- the only ERP the jobs read until now.
alter table job_watermark add column erp_system varchar(40) not null default 'netsuite';
alter table job_watermark alter column erp_system drop default;
alter table job_watermark drop constraint job_watermark_pkey;
alter table job_watermark add primary key (job_name, erp_system);
