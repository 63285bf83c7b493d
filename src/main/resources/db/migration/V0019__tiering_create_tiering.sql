-- Client tiering (issue 7; docs/tiering.md). Rules are versioned: each version is the whole set (every tier's
-- threshold, conditions and service level, and the downgrade grace period), the newest applies from its creation on,
-- and none is ever changed or deleted.
create table tiering_rule_version (
    id              bigint generated always as identity primary key,
    created_at      timestamptz    not null,
    created_by      varchar(64)    not null,
    reason          varchar(1000)  not null,
    grace_days      integer        not null check (grace_days between 0 and 3650)
);
create table tiering_rule (
    version_id                bigint         not null references tiering_rule_version (id),
    tier                      varchar(12)    not null check (tier in ('BRONZE', 'SILVER', 'GOLD', 'DIAMOND', 'SMALL', 'MEDIUM', 'LARGE')),
    min_assets                numeric(19, 2) not null check (min_assets >= 0),
    min_experience_years      integer        check (min_experience_years between 0 and 100),
    requires_valid_assessment boolean        not null,
    contact_months            integer        not null check (contact_months between 1 and 24),
    face_to_face_months       integer        check (face_to_face_months between 1 and 24),
    primary key (version_id, tier)
);

create function tiering_frozen() returns trigger language plpgsql as $$
begin
    raise exception '% is history and cannot be changed', tg_table_name using errcode = 'P0001';
end
$$;
create trigger tiering_rule_version_frozen before update or delete on tiering_rule_version
    for each row execute function tiering_frozen();
create trigger tiering_rule_frozen before update or delete on tiering_rule
    for each row execute function tiering_frozen();

-- The defaults of the issue: individuals Silver from CNY 500,000, Gold from 6,000,000, Diamond from 30,000,000;
-- institutions Medium from 10,000,000, Large from 100,000,000; a 90-day grace period for downgrades.
insert into tiering_rule_version (created_at, created_by, reason, grace_days)
    values (now(), 'system', '初始规则 / Initial rules', 90);
insert into tiering_rule (version_id, tier, min_assets, min_experience_years, requires_valid_assessment, contact_months,
        face_to_face_months)
    select v.id, r.tier, r.min_assets, null, false, r.contact_months, r.face_to_face_months
    from tiering_rule_version v, (values
        ('BRONZE', 0, 6, null), ('SILVER', 500000, 3, null), ('GOLD', 6000000, 1, null), ('DIAMOND', 30000000, 1, 3),
        ('SMALL', 0, 6, null), ('MEDIUM', 10000000, 3, 12), ('LARGE', 100000000, 1, 3))
        as r (tier, min_assets, contact_months, face_to_face_months);

-- Where each client stands: the tier the rules give now, the assets it was worked out from, and since when the rules
-- have given less than the tier the client holds (the downgrade grace period runs from that day).
create table tiering_client (
    client_id        bigint         primary key references clients_client (id),
    computed_tier    varchar(12)    not null,
    assets           numeric(19, 2) not null,
    below_since      date,
    rule_version_id  bigint         not null references tiering_rule_version (id),
    computed_at      timestamptz    not null
);

-- Every tier change, never changed or deleted: from, to, why (the rules and the assets, a grace period run out, an
-- override, an override ended) and when.
create table tiering_change (
    id               bigint generated always as identity primary key,
    client_id        bigint         not null references clients_client (id),
    from_tier        varchar(12),
    to_tier          varchar(12)    not null,
    cause            varchar(16)    not null check (cause in ('RULES', 'GRACE_ENDED', 'OVERRIDE', 'OVERRIDE_ENDED')),
    assets           numeric(19, 2) not null,
    rule_version_id  bigint         not null references tiering_rule_version (id),
    override_id      bigint,
    changed_at       timestamptz    not null
);
create index tiering_change_client_idx on tiering_change (client_id, changed_at desc, id desc);
create trigger tiering_change_frozen before update or delete on tiering_change
    for each row execute function tiering_frozen();

-- Manual overrides: an RM proposes a tier with a reason and an end date, a team lead (never the proposer) approves or
-- rejects it. An approved override holds until its end date, or until a later one is approved.
create table tiering_override (
    id                bigint generated always as identity primary key,
    client_id         bigint         not null references clients_client (id),
    tier              varchar(12)    not null,
    reason            varchar(1000)  not null,
    ends_on           date           not null,
    state             varchar(10)    not null check (state in ('PROPOSED', 'APPROVED', 'REJECTED', 'ENDED')),
    proposed_by       varchar(64)    not null,
    proposed_by_id    bigint         not null,
    proposed_at       timestamptz    not null,
    decided_by        varchar(64),
    decided_by_id     bigint,
    decided_at        timestamptz,
    decision_comment  varchar(1000),
    ended_at          timestamptz,
    check (decided_by_id is null or decided_by_id <> proposed_by_id),
    check ((state = 'PROPOSED') = (decided_at is null))
);
create unique index tiering_override_one_proposed on tiering_override (client_id) where state = 'PROPOSED';
create unique index tiering_override_one_approved on tiering_override (client_id) where state = 'APPROVED';
create index tiering_override_proposed_idx on tiering_override (proposed_at) where state = 'PROPOSED';

-- Each recomputation of every client (nightly, or asked for by an admin): when, how many clients, how many changes.
create table tiering_run (
    id           bigint generated always as identity primary key,
    trigger      varchar(10)    not null check (trigger in ('NIGHTLY', 'MANUAL')),
    started_by   varchar(64)    not null,
    started_at   timestamptz    not null,
    finished_at  timestamptz,
    clients      integer,
    changes      integer
);
