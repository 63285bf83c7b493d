-- When each client's tier last changed from another tier (a first tier is no change), kept on the client from the
-- tiering module's change log, so that who is due for contact comes from the book's covering index alone. A new
-- tier's cadence runs from that day at the earliest (ServiceLevel). ServiceDue looked it up in tiering_change for
-- every client that might be due: 3,201 ids in one array for a team lead at 100,000 clients, 2.6 ms a start page,
-- and the start page's service panel could not be counted in the database without it.
alter table clients_client add column tier_changed_at timestamptz;

update clients_client c set tier_changed_at = t.changed_at
from (select client_id, max(changed_at) as changed_at from tiering_change where from_tier is not null
      group by client_id) t
where t.client_id = c.id;

-- The change log is append-only (V0019 freezes its rows), so an insert is the only event to follow.
create function tiering_change_marks_client() returns trigger language plpgsql as $$
begin
    update clients_client set tier_changed_at = greatest(tier_changed_at, new.changed_at) where id = new.client_id;
    return null;
end $$;

create trigger tiering_change_marks_client after insert on tiering_change
    for each row when (new.from_tier is not null) execute function tiering_change_marks_client();

-- V0031's covering indexes of a book, now with the day the tier changed.
drop index clients_client_owner_book_idx;
create index clients_client_owner_book_idx on clients_client (owner_id, birthday_key)
    include (id, team_id, status, tier, risk_level, risk_expires_on, created_at, last_contact_on, last_face_to_face_on,
             tier_assets, tier_changed_at);
drop index clients_client_team_book_idx;
create index clients_client_team_book_idx on clients_client (team_id, birthday_key)
    include (id, owner_id, status, tier, risk_level, risk_expires_on, created_at, last_contact_on, last_face_to_face_on,
             tier_assets, tier_changed_at);
