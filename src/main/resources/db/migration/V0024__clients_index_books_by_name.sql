-- The client list of an RM (their book) or a team lead (the team's), in its default order, by name: PostgreSQL read
-- every client of the book from the table to sort them (500 rows on 500 pages for one page of 20: 0.7 ms of the
-- database's time per view at 100,000 clients). With these the page's ids come from the index alone, in order
-- (0.04 ms; ClientPages, docs/performance.md).
create index clients_client_owner_name_idx on clients_client (owner_id, name, id);
create index clients_client_team_name_idx on clients_client (team_id, name, id);
