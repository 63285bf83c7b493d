-- A client's tier lives with the client, as the risk level does: the list filters on it and the archive header shows
-- it. Only the tiering module writes it (ClientService.recordTiers), after working it out from the client's property.
alter table clients_client add column tier varchar(12)
    check (tier in ('BRONZE', 'SILVER', 'GOLD', 'DIAMOND', 'SMALL', 'MEDIUM', 'LARGE'));
create index clients_client_tier_idx on clients_client (tier);
