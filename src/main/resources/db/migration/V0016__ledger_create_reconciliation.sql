-- Reconciliation: a count session at one custodian and location lists what the ledger says is there (a snapshot taken
-- when the session opens); the counter records what was found; closing turns what was not counted into "missing";
-- each difference is resolved by a correcting movement or an explanation, and the session stays open in the list until
-- every difference is resolved.
create table ledger_count (
    id              bigserial      primary key,
    custodian       varchar(200)   not null,
    location        varchar(200)   not null,
    status          varchar(10)    not null check (status in ('COUNTING', 'CLOSED', 'RESOLVED')),
    opened_at       timestamptz    not null,
    opened_by       varchar(64)    not null,
    closed_at       timestamptz,
    closed_by       varchar(64),
    resolved_at     timestamptz,
    version         bigint         not null default 0
);
create index ledger_count_status_idx on ledger_count (status, opened_at desc);

create table ledger_count_item (
    id                  bigserial      primary key,
    count_id            bigint         not null references ledger_count (id),
    property_id         bigint         references ledger_property (id),
    code                varchar(40)    not null,
    description         varchar(500),
    expected_value      numeric(19, 4),
    expected_quantity   numeric(19, 4),
    result              varchar(12)    not null check (result in ('UNCOUNTED', 'MATCHING', 'DIFFERENT', 'MISSING', 'UNEXPECTED')),
    found_value         numeric(19, 4),
    found_quantity      numeric(19, 4),
    counted_at          timestamptz,
    counted_by          varchar(64),
    resolution          varchar(12)    check (resolution in ('CORRECTED', 'EXPLAINED')),
    resolution_note     varchar(2000),
    resolution_entry_id bigint         references ledger_entry (id),
    resolved_at         timestamptz,
    resolved_by         varchar(64),
    unique (count_id, code),
    check ((result = 'UNEXPECTED') = (property_id is null)),
    check ((resolution is null) = (resolved_at is null))
);
create index ledger_count_item_count_idx on ledger_count_item (count_id, id);
