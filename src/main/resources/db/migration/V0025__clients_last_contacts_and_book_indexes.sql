-- Start pages at a firm's scale, continued (issue 10; docs/performance.md).
--
-- 1. Each client's last contact and last face-to-face contact, kept on the client by a trigger on the service log.
--    Who is due for contact (ServiceDue) looked both up in the log for every client of the book: two index probes per
--    client, 10,000 for a team lead's 5,000 clients (17.5 ms of the database's time per start page at 100,000
--    clients). The kinds are ContactKind's: a care event (CARE_*) is no service contact; MEETING and VISIT are in
--    person. ServiceLogAndDocumentsIntegrationTests checks every kind against these columns.
alter table clients_client
    add column last_contact_on date,
    add column last_face_to_face_on date;

-- Recomputed from the log for the clients a statement touched, so an insert, a correction or a removal all leave
-- the true latest days. The clients are locked in id order first, as the ledger's triggers do.
create function clients_contact_last_changed() returns trigger language plpgsql as $$
declare
    touched text := case tg_op
        when 'INSERT' then 'select client_id from new_contacts'
        when 'DELETE' then 'select client_id from old_contacts'
        else 'select client_id from new_contacts union select client_id from old_contacts' end;
begin
    execute format($sql$
        select 1 from clients_client c where c.id in (%s) order by c.id for no key update
        $sql$, touched);
    execute format($sql$
        update clients_client c
        set last_contact_on = (select max(x.contacted_on) from clients_contact x
                               where x.client_id = c.id and x.kind not like 'CARE\_%%'),
            last_face_to_face_on = (select max(x.contacted_on) from clients_contact x
                                    where x.client_id = c.id and x.kind in ('MEETING', 'VISIT'))
        where c.id in (%s)
        $sql$, touched);
    return null;
end $$;

create trigger clients_contact_last_inserted after insert on clients_contact
    referencing new table as new_contacts for each statement execute function clients_contact_last_changed();
create trigger clients_contact_last_updated after update on clients_contact
    referencing old table as old_contacts new table as new_contacts
    for each statement execute function clients_contact_last_changed();
create trigger clients_contact_last_deleted after delete on clients_contact
    referencing old table as old_contacts for each statement execute function clients_contact_last_changed();

update clients_client c
set last_contact_on = l.last_contact, last_face_to_face_on = l.last_face_to_face
from (select client_id, max(contacted_on) filter (where kind not like 'CARE\_%') as last_contact,
             max(contacted_on) filter (where kind in ('MEETING', 'VISIT')) as last_face_to_face
      from clients_contact group by client_id) l
where c.id = l.client_id;

-- 2. A book's figures from its index alone. An RM's or a team's start page counts the book by tier, by risk level,
--    the expired assessments, finds the week's birthdays and who is due for contact: five reads of every client of
--    the book from the table (5,000 rows for a lead, 6 ms). These indexes hold what those reads need, keyed as the
--    birthday search asks (they replace the owner's birthday index and the plain team index).
drop index clients_client_owner_idx;
drop index clients_client_team_idx;
create index clients_client_owner_book_idx on clients_client (owner_id, birthday_key)
    include (id, team_id, status, tier, risk_level, risk_expires_on, created_at, last_contact_on, last_face_to_face_on);
create index clients_client_team_book_idx on clients_client (team_id, birthday_key)
    include (id, owner_id, status, tier, risk_level, risk_expires_on, created_at, last_contact_on, last_face_to_face_on);

-- 3. The firm-wide counts of the risk officer's start page (valid C5, expired assessments) read the status from the
--    table for every matching client (20,000 each at 100,000 clients: 15 ms together); now from the index.
drop index clients_client_risk_expiry_idx;
create index clients_client_risk_expiry_idx on clients_client (risk_expires_on) include (id, status)
    where risk_expires_on is not null;
drop index clients_client_risk_idx;
create index clients_client_risk_idx on clients_client (risk_level, risk_expires_on) include (id, status);
