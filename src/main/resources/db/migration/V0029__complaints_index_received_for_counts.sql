-- Compliance's and the auditor's start pages chart a year of complaints by category (ComplaintReport.byCategory), and
-- the complaint report counts a period by category, channel and the like: each read every complaint of the period
-- from the table (20,000 at 100,000 clients: 7 ms per start page). The category and what the visibility rule needs
-- now come from this index alone (about half the time; docs/performance.md).
create index complaints_complaint_received_counts_idx on complaints_complaint (received_at)
    include (category, client_id, received_by);
