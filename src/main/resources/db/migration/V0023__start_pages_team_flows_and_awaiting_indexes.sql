-- Start pages at a firm's scale (issue 10; docs/performance.md).
--
-- 1. A team's net flows by month. A team lead's start page added up the per-client totals of V0021 for 5,000 clients
--    (60,000 rows, a parallel scan of the whole table: 45 ms at 100,000 clients). These totals per team are kept by the
--    same posting trigger, and move with a client who changes team, so a team's chart always shows its present
--    clients' flows, as the per-client totals did.
create table ledger_flow_team_month (
    team_id     bigint       not null references access_team (id),
    month       date         not null,
    currency    char(3)      not null,
    base_net    numeric      not null,
    value_net   numeric      not null,
    primary key (team_id, month, currency)
);

-- V0021's trigger, now also adding to the client's team. The clients posted to are share-locked first (in id order),
-- so a client's team cannot change between reading it and adding to it: a concurrent team change waits for this
-- transaction, then moves totals that include these postings.
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
            select f.client_id, c.team_id, date_trunc('month', f.posted_at at time zone z.zone)::date as month,
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
                do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net)
        insert into ledger_flow_firm_month as t (month, currency, base_net, value_net)
        select month, currency, sum(base_net), sum(value_net) from postings
        group by month, currency order by month, currency
        on conflict (month, currency)
            do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net
        $sql$, posted);
    return null;
end $$;

-- A client changing team (a book transfer, an import, an edit) takes their totals from the old team to the new one.
create function ledger_flow_team_changed() returns trigger language plpgsql as $$
begin
    insert into ledger_flow_team_month as t (team_id, month, currency, base_net, value_net)
    select x.team_id, m.month, m.currency, x.sign * m.base_net, x.sign * m.value_net
    from ledger_flow_month m cross join (values (old.team_id, -1), (new.team_id, 1)) as x (team_id, sign)
    where m.client_id = new.id and x.team_id is not null
    order by x.team_id, m.month, m.currency
    on conflict (team_id, month, currency)
        do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net;
    return null;
end $$;

create trigger ledger_flow_team_changed after update of team_id on clients_client
    for each row when (old.team_id is distinct from new.team_id) execute function ledger_flow_team_changed();

create or replace function ledger_flow_rebuild() returns void language plpgsql as $$
begin
    lock table ledger_entry in share mode;
    lock table clients_client in share mode;
    delete from ledger_flow_month;
    delete from ledger_flow_team_month;
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
    insert into ledger_flow_firm_month (month, currency, base_net, value_net)
    select month, currency, sum(base_net), sum(value_net) from ledger_flow_month group by 1, 2;
end $$;

insert into ledger_flow_team_month (team_id, month, currency, base_net, value_net)
select c.team_id, m.month, m.currency, sum(m.base_net), sum(m.value_net)
from ledger_flow_month m join clients_client c on c.id = m.client_id where c.team_id is not null
group by 1, 2, 3;

-- 2. Complaints waiting for an approver (a compensation not yet approved, or an extension asked for) are few; the
--    start page looked for them by reading every complaint in scope (17 ms for a team at 20,000 complaints).
create index complaints_complaint_compensation_pending_idx on complaints_complaint (id)
    where compensation_approved = false;
create index complaints_extension_pending_idx on complaints_extension (complaint_id) where state = 'PENDING';
