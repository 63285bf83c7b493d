-- An RM's own client list in each of the list's orders from an index, as a team's is (V0038) and as a book's order by
-- name already is (V0024) (issue 10; docs/performance.md). At 100,000 clients an RM's book is about 500: their Gold
-- clients by assets read 120 clients from the table through the tier index and sorted them for each page (0.10-0.19
-- ms); walking an index in the list's order and stopping at the page takes 0.02-0.09 ms. The same for a risk level by
-- code and a status by date created. Only tier, status and risk level with its expiry ride along (the filters the
-- list offers beside the search text, kind and segment), so those filters stay index-only.
create index clients_client_owner_code_idx on clients_client (owner_id, code, id)
    include (tier, status, risk_level, risk_expires_on);
create index clients_client_owner_created_idx on clients_client (owner_id, created_at, id)
    include (tier, status, risk_level, risk_expires_on);
create index clients_client_owner_assets_desc_idx on clients_client (owner_id, financial_assets desc nulls last, id desc)
    include (tier, status, risk_level, risk_expires_on);
