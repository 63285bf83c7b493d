-- Complaints received per day and category, kept by triggers (issue 10; docs/performance.md). The start pages of
-- compliance and internal audit chart the firm's complaints of the last twelve months by category; counting them
-- from the complaints was 3.4-3.7 ms of the database's time a view at 20,000 complaints a year (most of those pages'
-- 4 ms), and grows with the firm. A year from this table is at most 365 days times the categories.
--
-- Days are in the firm's display zone, kept in complaints_count_zone; the application sets it at start-up from
-- custodia.display-time-zone and rebuilds the counts when it changed (ComplaintCountZone), as for the ledger's flows.
-- Complaints are never deleted, nor their category or day of receipt changed, but the triggers keep the counts exact
-- whatever writes the table.

create table complaints_count_zone (
    id      smallint     primary key check (id = 1),
    zone    varchar(64)  not null
);
insert into complaints_count_zone (id, zone) values (1, 'Asia/Shanghai');

create table complaints_received_day (
    day        date         not null,
    category   varchar(32)  not null,
    received   integer      not null,
    primary key (day, category)
);

-- Adds a statement's new complaints (one from the intake form, thousands from a bulk load). Keys in order, so two
-- inserting statements never wait on each other in a circle.
create function complaints_count_inserted() returns trigger language plpgsql as $$
begin
    insert into complaints_received_day as t (day, category, received)
    select (n.received_at at time zone z.zone)::date, n.category, count(*)
    from new_complaints n cross join complaints_count_zone z
    group by 1, 2 order by 1, 2
    on conflict (day, category) do update set received = t.received + excluded.received;
    return null;
end $$;

create trigger complaints_count_inserted after insert on complaints_complaint
    referencing new table as new_complaints for each statement execute function complaints_count_inserted();

-- Moves a complaint whose day or category changed, and takes a deleted one away, row by row (nothing in Custodia
-- does either; see above).
create function complaints_count_changed() returns trigger language plpgsql as $$
declare
    display_zone text := (select z.zone from complaints_count_zone z where z.id = 1);
begin
    update complaints_received_day set received = received - 1
    where day = (old.received_at at time zone display_zone)::date and category = old.category;
    if tg_op = 'UPDATE' then
        insert into complaints_received_day as t (day, category, received)
        values ((new.received_at at time zone display_zone)::date, new.category, 1)
        on conflict (day, category) do update set received = t.received + 1;
    end if;
    return null;
end $$;

create trigger complaints_count_updated after update of received_at, category on complaints_complaint for each row
    when (old.received_at is distinct from new.received_at or old.category is distinct from new.category)
    execute function complaints_count_changed();
create trigger complaints_count_deleted after delete on complaints_complaint for each row
    execute function complaints_count_changed();

-- Emptying the complaints empties the counts.
create function complaints_count_truncated() returns trigger language plpgsql as $$
begin
    delete from complaints_received_day;
    return null;
end $$;

create trigger complaints_count_truncated after truncate on complaints_complaint
    for each statement execute function complaints_count_truncated();

-- Recounts every day in the stored zone, holding new complaints off until the transaction ends.
create function complaints_count_rebuild() returns void language plpgsql as $$
begin
    lock table complaints_complaint in share mode;
    delete from complaints_received_day;
    insert into complaints_received_day (day, category, received)
    select (c.received_at at time zone z.zone)::date, c.category, count(*)
    from complaints_complaint c cross join complaints_count_zone z
    group by 1, 2;
end $$;

select complaints_count_rebuild();
