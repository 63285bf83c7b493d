-- An RM's net flows by month (issue 10; docs/performance.md). Their start page added up the per-client totals of
-- V0021 for the 500 clients of their book (500 index probes, 2.2 ms of the database's time per view at 100,000
-- clients). These totals per owner are kept by the posting trigger as V0023's per team are, and move with a client
-- who changes owner (a book transfer, an edit), so an RM's chart always shows their present clients' flows.
create table ledger_flow_owner_month (
    owner_id    bigint       not null references access_user (id),
    month       date         not null,
    currency    char(3)      not null,
    base_net    numeric      not null,
    value_net   numeric      not null,
    primary key (owner_id, month, currency)
);

-- V0023's trigger, now also adding to the client's owner.
create or replace function ledger_flow_posted() returns trigger language plpgsql as $$
declare
    posted text := case when tg_op = 'INSERT' then 'select id from posted_rows'
        else 'select n.id from posted_rows n join earlier_rows o on o.id = n.id where o.state <> ''POSTED''' end;
begin
    execute format($sql$
        select 1 from clients_client c where c.id in (select f.client_id from (%s) n join ledger_flow_entry f on f.id = n.id)
        order by c.id for share
        $sql$, posted);
    execute format($sql$
        with postings as (
            select f.client_id, c.team_id, c.owner_id, date_trunc('month', f.posted_at at time zone z.zone)::date as month,
                   f.currency, f.base_net, f.value_net
            from (%s) n join ledger_flow_entry f on f.id = n.id join clients_client c on c.id = f.client_id
            cross join ledger_flow_zone z),
        by_client as (
            insert into ledger_flow_month as t (client_id, month, currency, base_net, value_net)
            select client_id, month, currency, sum(base_net), sum(value_net) from postings
            group by client_id, month, currency order by client_id, month, currency
            on conflict (client_id, month, currency)
                do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net),
        by_team as (
            insert into ledger_flow_team_month as t (team_id, month, currency, base_net, value_net)
            select team_id, month, currency, sum(base_net), sum(value_net) from postings where team_id is not null
            group by team_id, month, currency order by team_id, month, currency
            on conflict (team_id, month, currency)
                do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net),
        by_owner as (
            insert into ledger_flow_owner_month as t (owner_id, month, currency, base_net, value_net)
            select owner_id, month, currency, sum(base_net), sum(value_net) from postings
            group by owner_id, month, currency order by owner_id, month, currency
            on conflict (owner_id, month, currency)
                do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net)
        insert into ledger_flow_firm_month as t (month, currency, base_net, value_net)
        select month, currency, sum(base_net), sum(value_net) from postings
        group by month, currency order by month, currency
        on conflict (month, currency)
            do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net
        $sql$, posted);
    return null;
end $$;

-- A client changing owner takes their totals from the old owner to the new one.
create function ledger_flow_owner_changed() returns trigger language plpgsql as $$
begin
    insert into ledger_flow_owner_month as t (owner_id, month, currency, base_net, value_net)
    select x.owner_id, m.month, m.currency, x.sign * m.base_net, x.sign * m.value_net
    from ledger_flow_month m cross join (values (old.owner_id, -1), (new.owner_id, 1)) as x (owner_id, sign)
    where m.client_id = new.id
    order by x.owner_id, m.month, m.currency
    on conflict (owner_id, month, currency)
        do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net;
    return null;
end $$;

create trigger ledger_flow_owner_changed after update of owner_id on clients_client
    for each row when (old.owner_id is distinct from new.owner_id) execute function ledger_flow_owner_changed();

create or replace function ledger_flow_rebuild() returns void language plpgsql as $$
begin
    lock table ledger_entry in share mode;
    lock table clients_client in share mode;
    delete from ledger_flow_month;
    delete from ledger_flow_team_month;
    delete from ledger_flow_owner_month;
    delete from ledger_flow_firm_month;
    insert into ledger_flow_month (client_id, month, currency, base_net, value_net)
    select f.client_id, date_trunc('month', f.posted_at at time zone z.zone)::date, f.currency, sum(f.base_net),
           sum(f.value_net)
    from ledger_flow_entry f cross join ledger_flow_zone z
    group by 1, 2, 3;
    insert into ledger_flow_team_month (team_id, month, currency, base_net, value_net)
    select c.team_id, m.month, m.currency, sum(m.base_net), sum(m.value_net)
    from ledger_flow_month m join clients_client c on c.id = m.client_id where c.team_id is not null
    group by 1, 2, 3;
    insert into ledger_flow_owner_month (owner_id, month, currency, base_net, value_net)
    select c.owner_id, m.month, m.currency, sum(m.base_net), sum(m.value_net)
    from ledger_flow_month m join clients_client c on c.id = m.client_id
    group by 1, 2, 3;
    insert into ledger_flow_firm_month (month, currency, base_net, value_net)
    select month, currency, sum(base_net), sum(value_net) from ledger_flow_month group by 1, 2;
end $$;

insert into ledger_flow_owner_month (owner_id, month, currency, base_net, value_net)
select c.owner_id, m.month, m.currency, sum(m.base_net), sum(m.value_net)
from ledger_flow_month m join clients_client c on c.id = m.client_id
group by 1, 2, 3;
