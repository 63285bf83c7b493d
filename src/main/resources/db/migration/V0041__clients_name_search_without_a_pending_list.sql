-- The client list's search looks up names through a trigram GIN index (V0005). By default a GIN index gathers new
-- entries in a pending list that every search reads from end to end until the next vacuum of the table moves them
-- into the index. A large table is vacuumed rarely (autovacuum waits for a fifth of its rows to change: 20,000 at
-- 100,000 clients), so the list grows with every client written, up to 4 MB: at 100,000 clients it held 2,535 entries
-- after the benchmark's writes, and a search for a client code spent 1.8 ms in the index against 0.4 ms without them
-- (issue 10; docs/performance.md). Searches are what users wait for and clients are written a few at a time, so each
-- write now puts its entries into the index itself (updating 5,000 clients took as long either way), and the entries
-- already pending are moved in now.
alter index clients_client_name_trgm_idx set (fastupdate = off);
select gin_clean_pending_list('clients_client_name_trgm_idx'::regclass);
