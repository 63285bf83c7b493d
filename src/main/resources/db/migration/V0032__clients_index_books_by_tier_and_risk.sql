-- An RM's or a lead's client list filtered by tier, or an RM's by risk level: PostgreSQL's reused (generic) plan
-- made a bitmap AND of the book's index with the firm-wide tier or risk index, reading 29,370 Gold clients of the firm
-- to keep an RM's 136 (1.6 ms; a lead's 2.3 ms; an RM's by risk 2.2 ms). Indexed by the filter, then the book: 0.1-1.1
-- ms (EXPLAIN ANALYZE at 100,000 clients). Not by the book first: a small index led by owner_id made the generic plan
-- of an RM's name search a bitmap AND with the trigram index (0.4 -> 8-13 ms). A lead's list by risk level kept its
-- plan with such an index, so it has none.
create index clients_client_tier_owner_idx on clients_client (tier, owner_id);
create index clients_client_tier_team_idx on clients_client (tier, team_id);
create index clients_client_risk_owner_idx on clients_client (risk_level, owner_id);
