-- A team's and an RM's clients by the day their risk level expires (issue 10; docs/performance.md). The start pages of
-- a team lead and an RM count the book's clients whose level expires within the month and list the first few. For a
-- team, both walked all 5,000 of its clients in another index's order to keep the fifth that expire (1.0 ms for the
-- count at 100,000 clients); for an RM, the list walked the whole firm's expiring clients to find the RM's (0.8 ms).
-- These indexes read only the book's expiring clients, already in the list's order.
create index clients_client_team_risk_expiry_idx on clients_client (team_id, risk_expires_on, id) include (status)
    where risk_expires_on is not null;
create index clients_client_owner_risk_expiry_idx on clients_client (owner_id, risk_expires_on, id) include (status)
    where risk_expires_on is not null;
