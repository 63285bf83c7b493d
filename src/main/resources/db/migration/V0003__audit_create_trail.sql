-- The audit module: an append-only, hash-chained trail of every audited action.
-- audit_event holds the events; audit_chain seals them, in commit order, into a SHA-256 chain; audit_pending is the
-- queue of committed events not yet sealed (the only table the sealer deletes from); audit_verification keeps every
-- verification run. The database refuses UPDATE, DELETE and TRUNCATE on the trail itself.

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz   not null default clock_timestamp(),
    actor_username  varchar(100),
    actor_roles     varchar(1000),
    source_ip       varchar(64),
    action          varchar(60)   not null,
    target_type     varchar(40),
    target_id       varchar(100),
    client_id       bigint,
    outcome         varchar(10)   not null,
    detail          varchar(2000),
    changes         jsonb,
    constraint audit_event_outcome_check check (outcome in ('SUCCESS', 'DENIED', 'FAILED'))
);
-- The audit list pages newest first by (occurred_at, id) under any filter and any time range: each filter has an
-- index that continues with (occurred_at, id), so a filter, a time range and the page order all come from one index.
create index audit_event_occurred_idx on audit_event (occurred_at, id);
create index audit_event_actor_idx on audit_event (actor_username, occurred_at, id);
create index audit_event_action_idx on audit_event (action, occurred_at, id);
create index audit_event_outcome_idx on audit_event (outcome, occurred_at, id) where outcome <> 'SUCCESS';
create index audit_event_target_idx on audit_event (target_type, target_id, occurred_at, id);
create index audit_event_client_idx on audit_event (client_id, occurred_at, id) where client_id is not null;

create table audit_pending (
    event_id  bigint primary key references audit_event (id)
);

create table audit_chain (
    seq        bigint       primary key,
    event_id   bigint       not null references audit_event (id),
    prev_hash  char(64)     not null,
    hash       char(64)     not null,
    sealed_at  timestamptz  not null default clock_timestamp(),
    constraint audit_chain_event_unique unique (event_id)
);

create table audit_verification (
    id               bigint generated always as identity primary key,
    started_at       timestamptz  not null,
    finished_at      timestamptz  not null,
    requested_by     varchar(100),
    events_checked   bigint       not null,
    intact           boolean      not null,
    broken_seq       bigint,
    broken_event_id  bigint,
    reason           varchar(60),
    last_seq         bigint,
    last_hash        char(64)
);
create index audit_verification_finished_idx on audit_verification (finished_at);

create function audit_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The audit trail is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_refuse_change();
create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function audit_refuse_change();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_refuse_change();
create trigger audit_verification_append_only before update or delete on audit_verification
    for each row execute function audit_refuse_change();
create trigger audit_verification_no_truncate before truncate on audit_verification
    for each statement execute function audit_refuse_change();
