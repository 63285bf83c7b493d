-- V0032's (tier, owner_id) starts with the tier, so it serves every search by tier alone that V0018's (tier) index did;
-- the same plans with or without it (EXPLAIN ANALYZE of the firm-wide lists and counts by tier at 100,000 clients).
-- One index less to write with every client.
drop index clients_client_tier_idx;
