-- Net flows by month, kept current as entries post (issue 9; docs/performance.md). Start pages draw twelve months of
-- flows; adding up every posted entry of the year in scope on each view cost 0.3-0.5 s at a million entries. A
-- statement-level trigger on ledger_entry adds what each statement posts to these totals in the same transaction, so
-- every way of posting (the ledger, the demo data, bulk loads) keeps them exact; a posted entry never changes again
-- (V0015's append-only trigger), so the totals only grow by new postings.
--
-- Months are calendar months in the firm's display zone, kept in ledger_flow_zone; the application sets it at start-up
-- from custodia.display-time-zone and rebuilds the totals when it changed (LedgerFlowZone).

create table ledger_flow_zone (
    id      smallint     primary key check (id = 1),
    zone    varchar(64)  not null
);
insert into ledger_flow_zone (id, zone) values (1, 'Asia/Shanghai');

-- What counts as a flow: money in and out (registrations, deposits, withdrawals, releases) and the reversal of one,
-- which takes it back; transfers, revaluations and status changes move nothing in or out. base_net is in the base
-- currency at the rate of the day the entry posted, value_net in the property's own currency.
create view ledger_flow_entry as
select e.id, p.client_id, p.currency, e.posted_at, sign(e.value_change) * e.base_amount as base_net,
       e.value_change as value_net
from ledger_entry e
join ledger_property p on p.id = e.property_id
left join ledger_entry reversed on reversed.id = e.reverses_entry_id
where e.state = 'POSTED' and coalesce(reversed.kind, e.kind) in ('REGISTRATION', 'DEPOSIT', 'WITHDRAWAL', 'RELEASE');

-- Per client: what a team's or an RM's start page reads (at most one row per client, month and currency).
create table ledger_flow_month (
    client_id   bigint       not null references clients_client (id),
    month       date         not null,
    currency    char(3)      not null,
    base_net    numeric      not null,
    value_net   numeric      not null,
    primary key (client_id, month, currency)
);

-- The firm's totals: what a firm-wide reader's start page reads.
create table ledger_flow_firm_month (
    month       date         not null,
    currency    char(3)      not null,
    base_net    numeric      not null,
    value_net   numeric      not null,
    primary key (month, currency)
);

-- Adds what the statement posted to both tables: rows inserted as posted, or updated from pending to posted. Keys are
-- written in order, so two statements never wait on each other in a circle.
create function ledger_flow_posted() returns trigger language plpgsql as $$
declare
    posted text := case when tg_op = 'INSERT' then 'select id from posted_rows'
        else 'select n.id from posted_rows n join earlier_rows o on o.id = n.id where o.state <> ''POSTED''' end;
begin
    execute format($sql$
        with postings as (
            select f.client_id, date_trunc('month', f.posted_at at time zone z.zone)::date as month, f.currency,
                   f.base_net, f.value_net
            from (%s) n join ledger_flow_entry f on f.id = n.id cross join ledger_flow_zone z),
        by_client as (
            insert into ledger_flow_month as t (client_id, month, currency, base_net, value_net)
            select client_id, month, currency, sum(base_net), sum(value_net) from postings
            group by client_id, month, currency order by client_id, month, currency
            on conflict (client_id, month, currency)
                do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net)
        insert into ledger_flow_firm_month as t (month, currency, base_net, value_net)
        select month, currency, sum(base_net), sum(value_net) from postings
        group by month, currency order by month, currency
        on conflict (month, currency)
            do update set base_net = t.base_net + excluded.base_net, value_net = t.value_net + excluded.value_net
        $sql$, posted);
    return null;
end $$;

create trigger ledger_flow_inserted after insert on ledger_entry
    referencing new table as posted_rows for each statement execute function ledger_flow_posted();
create trigger ledger_flow_updated after update on ledger_entry
    referencing old table as earlier_rows new table as posted_rows for each statement execute function ledger_flow_posted();

-- Recomputes both tables from the posted entries in the stored zone, holding postings off until the transaction ends.
create function ledger_flow_rebuild() returns void language plpgsql as $$
begin
    lock table ledger_entry in share mode;
    delete from ledger_flow_month;
    delete from ledger_flow_firm_month;
    insert into ledger_flow_month (client_id, month, currency, base_net, value_net)
    select f.client_id, date_trunc('month', f.posted_at at time zone z.zone)::date, f.currency, sum(f.base_net),
           sum(f.value_net)
    from ledger_flow_entry f cross join ledger_flow_zone z
    group by 1, 2, 3;
    insert into ledger_flow_firm_month (month, currency, base_net, value_net)
    select month, currency, sum(base_net), sum(value_net) from ledger_flow_month group by 1, 2;
end $$;

select ledger_flow_rebuild();
