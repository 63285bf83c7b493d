-- The start page's complaint counts of a book (ComplaintQueries.summary) read every complaint to find the book's
-- (20,000 rows, 3.5 ms for an RM's 500 clients at 100,000 clients). The open ones are a fifth; this index holds what
-- their counts and the visibility rule need, so they come from the index alone (0.9 ms; docs/performance.md).
create index complaints_complaint_open_client_idx on complaints_complaint (client_id)
    include (received_by, paused_since, due_on)
    where state not in ('REPLIED', 'CLOSED');
