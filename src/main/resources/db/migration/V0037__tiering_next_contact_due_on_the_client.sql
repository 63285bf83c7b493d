-- The day each client next falls due for contact, kept on the client (issue 10; docs/performance.md).
--
-- A team lead's start page worked it out for each of the team's 5,000 clients on every view (ServiceLog.dueTally, an
-- index-only scan that reckoned every row: 5.3 ms of the database's 11 ms a page at 100,000 clients). Every input of
-- the day is on the client row (tier, created_at, the service log's last_contact_on and last_face_to_face_on of
-- V0025, tier_changed_at of V0034) except two: the tier rules in force and the firm's display zone. So a trigger
-- reckons it whenever an input on the row changes, and tiering_next_due_rebuild() reckons every client again when
-- the rules or the zone change (TierRules.save, ServiceDueZone at start-up). The rule is ServiceLevel's: the last
-- contact (else the day they became a client, in the firm's zone), no earlier than the day their tier changed, plus the
-- tier's months; the earlier of that and the same for meetings where the tier asks for them. TieringIntegrationTests
-- compares the two around every boundary.

-- The zone the days are in; the application sets it at start-up from custodia.display-time-zone (ServiceDueZone).
create table tiering_due_zone (
    id   integer     primary key check (id = 1),
    zone varchar(64) not null
);
insert into tiering_due_zone (id, zone) values (1, 'Asia/Shanghai');

alter table clients_client add column next_contact_due_on date;

create function tiering_next_due(client_tier varchar, client_since timestamptz, last_contact date,
                                 last_meeting date, tier_changed timestamptz) returns date
language sql stable as $$
    select least(
        (greatest(coalesce(last_contact, (client_since at time zone z.zone)::date),
                  (tier_changed at time zone z.zone)::date) + make_interval(months => r.contact_months))::date,
        case when r.face_to_face_months is not null then
            (greatest(coalesce(last_meeting, (client_since at time zone z.zone)::date),
                      (tier_changed at time zone z.zone)::date) + make_interval(months => r.face_to_face_months))::date
        end)
    from tiering_rule r cross join tiering_due_zone z
    where r.version_id = (select max(id) from tiering_rule_version) and r.tier = client_tier
$$;

create function tiering_client_next_due() returns trigger language plpgsql as $$
begin
    new.next_contact_due_on := tiering_next_due(new.tier, new.created_at, new.last_contact_on,
                                                new.last_face_to_face_on, new.tier_changed_at);
    return new;
end $$;

create trigger tiering_client_next_due_inserted before insert on clients_client
    for each row execute function tiering_client_next_due();
create trigger tiering_client_next_due_updated before update on clients_client
    for each row when (new.tier is distinct from old.tier or new.created_at is distinct from old.created_at
                       or new.last_contact_on is distinct from old.last_contact_on
                       or new.last_face_to_face_on is distinct from old.last_face_to_face_on
                       or new.tier_changed_at is distinct from old.tier_changed_at)
    execute function tiering_client_next_due();

-- Every client again, under the rules and zone in force. Client writes wait until the caller's transaction ends, so
-- none is reckoned under the old rules after this ran; two rebuilds queue (the lock conflicts with itself).
create function tiering_next_due_rebuild() returns bigint language plpgsql as $$
declare
    changed bigint;
begin
    lock table clients_client in share row exclusive mode;
    update clients_client c
    set next_contact_due_on = tiering_next_due(c.tier, c.created_at, c.last_contact_on, c.last_face_to_face_on,
                                               c.tier_changed_at)
    where c.next_contact_due_on is distinct from tiering_next_due(c.tier, c.created_at, c.last_contact_on,
                                                                  c.last_face_to_face_on, c.tier_changed_at);
    get diagnostics changed = row_count;
    return changed;
end $$;

select tiering_next_due_rebuild();

-- Who is due in a book, in due order, from the index alone: an RM's and a team's.
create index clients_client_owner_due_idx on clients_client (owner_id, next_contact_due_on, id)
    where status in ('ACTIVE', 'DORMANT') and next_contact_due_on is not null;
create index clients_client_team_due_idx on clients_client (team_id, next_contact_due_on, id) include (owner_id)
    where status in ('ACTIVE', 'DORMANT') and next_contact_due_on is not null;
