-- V0037's rebuild, corrected. Its table lock (share row exclusive) let a contact being logged meanwhile lock its client
-- row first (V0025's trigger locks the clients, then updates them): each then waited for the other, and PostgreSQL
-- ended one of them. Exclusive mode also waits for those row lockers, while plain reads go on. Each client's day is
-- now reckoned once instead of twice, which halves how long the lock is held.
create or replace function tiering_next_due_rebuild() returns bigint language plpgsql as $$
declare
    changed bigint;
begin
    lock table clients_client in exclusive mode;
    update clients_client c set next_contact_due_on = n.due
    from (select id, tiering_next_due(tier, created_at, last_contact_on, last_face_to_face_on, tier_changed_at) as due
          from clients_client) n
    where n.id = c.id and c.next_contact_due_on is distinct from n.due;
    get diagnostics changed = row_count;
    return changed;
end $$;
