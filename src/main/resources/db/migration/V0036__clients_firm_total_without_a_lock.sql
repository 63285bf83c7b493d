-- V0035 kept the firm's total in one row, which every statement adding clients updated: an import of 100,000
-- clients, one transaction, held that row's lock until it committed, and every client onboarded meanwhile waited for
-- it. The total is now the sum of appended deltas, one row per statement that adds or removes clients, so no writer
-- waits for another. Every hundredth delta folds the committed ones into one row (skipping any a concurrent fold
-- holds), so the sum stays short. Reading the total: select sum(clients) from clients_firm_count.
lock table clients_client in share row exclusive mode;

create table clients_firm_count (
    id      bigint generated always as identity primary key,
    clients bigint not null
);

insert into clients_firm_count (clients) select count(*) from clients_client;

drop trigger clients_firm_total_added on clients_client;
drop trigger clients_firm_total_removed on clients_client;
drop function clients_firm_total_changed();
drop table clients_firm_total;

create function clients_firm_count_changed() returns trigger language plpgsql as $$
declare
    delta bigint;
    added bigint;
begin
    if tg_op = 'INSERT' then
        select count(*) into delta from added_clients;
    else
        select -count(*) into delta from removed_clients;
    end if;
    insert into clients_firm_count (clients) values (delta) returning id into added;
    if added % 100 = 0 then
        with folded as (
            delete from clients_firm_count where id in (
                select id from clients_firm_count where id < added for update skip locked)
            returning clients)
        insert into clients_firm_count (clients) select sum(clients) from folded having count(*) > 0;
    end if;
    return null;
end $$;

create trigger clients_firm_count_added after insert on clients_client
    referencing new table as added_clients for each statement execute function clients_firm_count_changed();
create trigger clients_firm_count_removed after delete on clients_client
    referencing old table as removed_clients for each statement execute function clients_firm_count_changed();

-- A truncate fires no delete trigger: it empties the count with the table.
create function clients_firm_count_truncated() returns trigger language plpgsql as $$
begin
    delete from clients_firm_count;
    return null;
end $$;

create trigger clients_firm_count_truncated after truncate on clients_client
    for each statement execute function clients_firm_count_truncated();
