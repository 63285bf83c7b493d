-- The property ledger. Each piece of property carries its current balance (value in its own currency, and quantity
-- for property counted in units), changed only by posting a ledger entry in the same transaction under a row lock.
-- Entries are never edited or deleted: a pending entry is posted or rejected once, and a mistake is reversed.
create sequence ledger_property_number_seq;

create table ledger_property (
    id              bigserial      primary key,
    code            varchar(20)    not null unique,
    client_id       bigint         not null references clients_client (id),
    property_type   varchar(24)    not null,
    description     varchar(500)   not null,
    custodian       varchar(200)   not null,
    location        varchar(200)   not null,
    status          varchar(20)    not null check (status in ('IN_CUSTODY', 'PLEDGED', 'ON_LOAN', 'RELEASED', 'LOST_OR_DAMAGED')),
    unit            varchar(20),
    currency        char(3)        not null check (currency in ('CNY', 'USD', 'HKD', 'EUR')),
    value           numeric(19, 4) not null check (value >= 0),
    quantity        numeric(19, 4) not null default 0 check (quantity >= 0),
    registered_at   timestamptz    not null,
    registered_by   varchar(64)    not null,
    version         bigint         not null default 0
);
create index ledger_property_client_idx on ledger_property (client_id, id);
create index ledger_property_place_idx on ledger_property (custodian, location);

create table ledger_entry (
    id                  bigserial      primary key,
    property_id         bigint         not null references ledger_property (id),
    kind                varchar(20)    not null check (kind in ('REGISTRATION', 'DEPOSIT', 'WITHDRAWAL', 'TRANSFER_OUT',
                                                               'TRANSFER_IN', 'REVALUATION', 'STATUS_CHANGE', 'RELEASE', 'REVERSAL')),
    state               varchar(10)    not null check (state in ('POSTED', 'PENDING', 'REJECTED')),
    value_change        numeric(19, 4) not null,
    quantity_change     numeric(19, 4) not null default 0,
    status_before       varchar(20),
    status_after        varchar(20),
    base_amount         numeric(19, 4) not null,
    reason              varchar(500)   not null,
    made_at             timestamptz    not null,
    made_by             varchar(64)    not null,
    made_by_id          bigint         not null,
    posted_at           timestamptz,
    value_after         numeric(19, 4),
    quantity_after      numeric(19, 4),
    -- The order of posting within the property (its version after the post): statements and the page follow it, not
    -- the clock, so the balances always chain.
    posting_seq         bigint,
    -- For a revaluation: the value asked for, so an approval finds out if the property changed in between.
    target_value        numeric(19, 4),
    decided_at          timestamptz,
    decided_by          varchar(64),
    decided_by_id       bigint,
    decision_comment    varchar(2000),
    reverses_entry_id   bigint         references ledger_entry (id),
    transfer_group      uuid,
    check ((state = 'POSTED') = (posted_at is not null and value_after is not null and quantity_after is not null
        and posting_seq is not null)),
    check ((kind = 'REVERSAL') = (reverses_entry_id is not null)),
    check ((kind in ('TRANSFER_OUT', 'TRANSFER_IN')) = (transfer_group is not null)),
    check (decided_by_id is null or decided_by_id <> made_by_id)
);
create index ledger_entry_property_idx on ledger_entry (property_id, id desc);
create index ledger_entry_pending_idx on ledger_entry (made_at) where state = 'PENDING';
-- Statements find each property's posted entries by posting time.
create index ledger_entry_posted_idx on ledger_entry (property_id, posted_at) where state = 'POSTED';
-- An entry is reversed once: one reversal pending or posted per entry (a rejected one may be tried again).
create unique index ledger_entry_reversed_once on ledger_entry (reverses_entry_id) where state <> 'REJECTED';
-- The same movement cannot wait twice.
create unique index ledger_entry_one_pending on ledger_entry (property_id, kind, value_change, quantity_change)
    where state = 'PENDING' and kind <> 'REVERSAL';
create unique index ledger_entry_posting_seq on ledger_entry (property_id, posting_seq) where posting_seq is not null;

create function ledger_entry_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ledger_entry % cannot be deleted; reverse it', old.id using errcode = 'P0001';
    end if;
    if old.state <> 'PENDING' or new.state not in ('POSTED', 'REJECTED')
            or (to_jsonb(new) - array['state', 'posted_at', 'value_after', 'quantity_after', 'status_before',
                    'posting_seq', 'decided_at', 'decided_by', 'decided_by_id', 'decision_comment'])
               is distinct from
               (to_jsonb(old) - array['state', 'posted_at', 'value_after', 'quantity_after', 'status_before',
                    'posting_seq', 'decided_at', 'decided_by', 'decided_by_id', 'decision_comment']) then
        raise exception 'ledger_entry % is recorded and cannot be changed', old.id using errcode = 'P0001';
    end if;
    return new;
end
$$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_entry_guard();

-- Exchange rates to the base currency (CNY), each from a day on. Admins maintain them; these starting rates let a
-- fresh database convert at all.
create table ledger_rate (
    currency    char(3)        not null check (currency in ('USD', 'HKD', 'EUR')),
    valid_from  date           not null,
    in_base     numeric(19, 8) not null check (in_base > 0),
    created_at  timestamptz    not null default now(),
    created_by  varchar(64)    not null default 'system',
    primary key (currency, valid_from)
);
insert into ledger_rate (currency, valid_from, in_base) values
    ('USD', '2020-01-01', 7.10000000), ('HKD', '2020-01-01', 0.91000000), ('EUR', '2020-01-01', 7.80000000);

-- The ledger's settings: the four-eyes threshold and the alert thresholds, in the base currency.
create table ledger_setting (
    id                      smallint       primary key check (id = 1),
    approval_threshold      numeric(19, 4) not null check (approval_threshold >= 0),
    alert_large_movement    numeric(19, 4) not null check (alert_large_movement >= 0),
    alert_withdrawals_per_day integer      not null check (alert_withdrawals_per_day >= 1),
    alert_share_of_assets   numeric(5, 4)  not null check (alert_share_of_assets > 0 and alert_share_of_assets <= 1),
    version                 bigint         not null default 0
);
insert into ledger_setting (id, approval_threshold, alert_large_movement, alert_withdrawals_per_day, alert_share_of_assets)
    values (1, 1000000, 5000000, 3, 0.8);

-- Alerts on unusual activity, for the risk officer: raised when a movement is submitted, acknowledged once with a note.
create table ledger_alert (
    id                  bigserial      primary key,
    entry_id            bigint         not null references ledger_entry (id),
    property_id         bigint         not null references ledger_property (id),
    client_id           bigint         not null references clients_client (id),
    reasons             varchar(200)   not null,
    base_amount         numeric(19, 4) not null,
    raised_at           timestamptz    not null,
    acknowledged_at     timestamptz,
    acknowledged_by     varchar(64),
    note                varchar(2000),
    check ((acknowledged_at is null) = (note is null))
);
create index ledger_alert_open_idx on ledger_alert (raised_at) where acknowledged_at is null;
create index ledger_alert_client_idx on ledger_alert (client_id, raised_at desc);
