-- Clients (not closed) per risk level and the day it expires, kept by triggers (issue 10; docs/performance.md). The
-- risk officer's start page counts the firm's clients whose level expires within the month (or already has) and those
-- holding a valid C5; through the expiry index each read 10,000-20,000 entries at 100,000 clients (1.7 and 1.6 ms of
-- the database's time a view), and grows with the firm. From this table each is a sum over a few thousand rows.
--
-- A level changes with an assessment, one client at a time: the day's results of one level share a row (they expire
-- on the same day), which each such transaction holds until it commits, milliseconds. Onboarding and imports add
-- clients without a level, so adding clients writes nothing here unless a load brings levels along.
lock table clients_client in share row exclusive mode;

create table clients_risk_expiry_count (
    expires_on  date        not null,
    risk_level  varchar(2)  not null,
    clients     integer     not null,
    primary key (expires_on, risk_level)
);

insert into clients_risk_expiry_count (expires_on, risk_level, clients)
select risk_expires_on, risk_level, count(*) from clients_client
where risk_expires_on is not null and risk_level is not null and status <> 'CLOSED'
group by 1, 2;

-- Adds a statement's new clients that come with a level. Keys in order, so two inserting statements never wait on each
-- other in a circle.
create function clients_risk_expiry_added() returns trigger language plpgsql as $$
begin
    insert into clients_risk_expiry_count as t (expires_on, risk_level, clients)
    select n.risk_expires_on, n.risk_level, count(*) from added_clients n
    where n.risk_expires_on is not null and n.risk_level is not null and n.status <> 'CLOSED'
    group by 1, 2 order by 1, 2
    on conflict (expires_on, risk_level) do update set clients = t.clients + excluded.clients;
    return null;
end $$;

create trigger clients_risk_expiry_added after insert on clients_client
    referencing new table as added_clients for each statement execute function clients_risk_expiry_added();

-- Moves a client whose level, its expiry or whether it is closed changed, and takes a deleted one away.
create function clients_risk_expiry_changed() returns trigger language plpgsql as $$
begin
    if old.risk_expires_on is not null and old.risk_level is not null and old.status <> 'CLOSED' then
        update clients_risk_expiry_count set clients = clients - 1
        where expires_on = old.risk_expires_on and risk_level = old.risk_level;
    end if;
    if tg_op = 'UPDATE' and new.risk_expires_on is not null and new.risk_level is not null and new.status <> 'CLOSED' then
        insert into clients_risk_expiry_count as t (expires_on, risk_level, clients)
        values (new.risk_expires_on, new.risk_level, 1)
        on conflict (expires_on, risk_level) do update set clients = t.clients + 1;
    end if;
    return null;
end $$;

create trigger clients_risk_expiry_updated after update of risk_expires_on, risk_level, status on clients_client
    for each row when (old.risk_expires_on is distinct from new.risk_expires_on
        or old.risk_level is distinct from new.risk_level
        or (old.status = 'CLOSED') is distinct from (new.status = 'CLOSED'))
    execute function clients_risk_expiry_changed();
create trigger clients_risk_expiry_deleted after delete on clients_client
    for each row execute function clients_risk_expiry_changed();

-- A truncate fires no delete trigger: it empties the counts with the table.
create function clients_risk_expiry_truncated() returns trigger language plpgsql as $$
begin
    delete from clients_risk_expiry_count;
    return null;
end $$;

create trigger clients_risk_expiry_truncated after truncate on clients_client
    for each statement execute function clients_risk_expiry_truncated();
