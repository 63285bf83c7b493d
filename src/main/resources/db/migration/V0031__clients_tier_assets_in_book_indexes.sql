-- The assets each client's last tier computation counted (tiering_client.assets), kept on the client by the tiering
-- module with each computation (ClientService.recordTierAssets), so that a book's assets under custody by tier come
-- from the book's index alone: a team lead's 5,000 clients were joined to 100,000 tier records on every start page.
alter table clients_client add column tier_assets numeric(19,2);

update clients_client c set tier_assets = t.assets from tiering_client t where t.client_id = c.id;

-- V0025's covering indexes of a book, now with the assets.
drop index clients_client_owner_book_idx;
create index clients_client_owner_book_idx on clients_client (owner_id, birthday_key)
    include (id, team_id, status, tier, risk_level, risk_expires_on, created_at, last_contact_on, last_face_to_face_on,
             tier_assets);
drop index clients_client_team_book_idx;
create index clients_client_team_book_idx on clients_client (team_id, birthday_key)
    include (id, owner_id, status, tier, risk_level, risk_expires_on, created_at, last_contact_on, last_face_to_face_on,
             tier_assets);
