-- How many clients the firm has, kept by triggers, so that the firm-wide client list without a filter (compliance's,
-- the auditor's, finance's default view) need not count 100,000 rows for its pager on every page: 6-11 ms a view at
-- 100,000 clients, the costliest statement of the client list's load run. One row, updated once per statement that
-- adds or removes clients (an import of thousands is one update).
create table clients_firm_total (
    only_row boolean primary key default true check (only_row),
    clients  bigint  not null check (clients >= 0)
);

insert into clients_firm_total (clients) select count(*) from clients_client;

create function clients_firm_total_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update clients_firm_total set clients = clients + (select count(*) from added_clients);
    else
        update clients_firm_total set clients = clients - (select count(*) from removed_clients);
    end if;
    return null;
end $$;

create trigger clients_firm_total_added after insert on clients_client
    referencing new table as added_clients for each statement execute function clients_firm_total_changed();
create trigger clients_firm_total_removed after delete on clients_client
    referencing old table as removed_clients for each statement execute function clients_firm_total_changed();
