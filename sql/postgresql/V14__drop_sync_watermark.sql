-- The watermarks of the jobs are kept per job and ERP in job_watermark (V5, V12); the older
-- sync_watermark of V1 was never written or read and goes.
drop table sync_watermark;
