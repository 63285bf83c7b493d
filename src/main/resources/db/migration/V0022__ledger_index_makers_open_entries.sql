-- A maker's own movements waiting or rejected (the start page's counts and /ledger/mine): found through this small
-- partial index instead of a scan of every entry (82 ms at a million entries, issue 10; docs/performance.md).
create index ledger_entry_maker_open_idx on ledger_entry (made_by_id, decided_at) where state in ('PENDING', 'REJECTED');
