-- Risk questionnaires, versioned. A draft may be edited; publishing freezes it. The content (questions, options,
-- scores, caps, score bands, age cap, in English and Chinese) is one JSON document, so a version is frozen whole.
create table risk_questionnaire (
    id               bigserial    primary key,
    kind             varchar(16)  not null check (kind in ('INDIVIDUAL', 'INSTITUTION')),
    version_number   integer      not null check (version_number > 0),
    status           varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    content          jsonb        not null,
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    updated_at       timestamptz  not null,
    published_at     timestamptz,
    published_by     varchar(64),
    retired_at       timestamptz,
    version          bigint       not null default 0,
    unique (kind, version_number),
    check ((status = 'DRAFT') = (published_at is null))
);

-- One draft and one version in force per kind.
create unique index risk_questionnaire_one_draft on risk_questionnaire (kind) where status = 'DRAFT';
create unique index risk_questionnaire_one_in_force on risk_questionnaire (kind) where status = 'PUBLISHED';

-- A published version is frozen: its content never changes and it is never deleted, whoever asks (assessments point
-- to it). A draft may be discarded. The only changes after publishing are PUBLISHED -> RETIRED.
create function risk_questionnaire_freeze() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'risk_questionnaire % version % is published and cannot be deleted', old.kind, old.version_number
                using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (new.content is distinct from old.content or new.kind is distinct from old.kind
            or new.version_number is distinct from old.version_number or new.published_at is distinct from old.published_at
            or new.published_by is distinct from old.published_by or new.created_at is distinct from old.created_at) then
        raise exception 'risk_questionnaire % version % is published and frozen', old.kind, old.version_number
            using errcode = 'P0001';
    end if;
    if old.status = 'RETIRED' and new.status <> 'RETIRED' or old.status = 'PUBLISHED' and new.status = 'DRAFT' then
        raise exception 'risk_questionnaire % version % cannot go back to %', old.kind, old.version_number, new.status
            using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger risk_questionnaire_frozen before update or delete on risk_questionnaire
    for each row execute function risk_questionnaire_freeze();

-- The risk officer's settings: how long an assessment stays valid.
create table risk_setting (
    id               smallint     primary key check (id = 1),
    validity_months  integer      not null check (validity_months between 1 and 60),
    updated_at       timestamptz  not null,
    updated_by       varchar(64)  not null,
    version          bigint       not null default 0
);
insert into risk_setting (id, validity_months, updated_at, updated_by) values (1, 12, now(), 'system');

-- The suggested allocation for each level, in whole percent of the portfolio; each level's row adds up to 100.
create table risk_allocation (
    level            varchar(2)   not null check (level in ('C1', 'C2', 'C3', 'C4', 'C5')),
    asset_class      varchar(16)  not null check (asset_class in ('CASH', 'FIXED_INCOME', 'BALANCED', 'EQUITY', 'ALTERNATIVE')),
    percent          integer      not null check (percent between 0 and 100),
    primary key (level, asset_class)
);
insert into risk_allocation (level, asset_class, percent) values
    ('C1', 'CASH', 70), ('C1', 'FIXED_INCOME', 30), ('C1', 'BALANCED', 0), ('C1', 'EQUITY', 0), ('C1', 'ALTERNATIVE', 0),
    ('C2', 'CASH', 35), ('C2', 'FIXED_INCOME', 50), ('C2', 'BALANCED', 10), ('C2', 'EQUITY', 5), ('C2', 'ALTERNATIVE', 0),
    ('C3', 'CASH', 15), ('C3', 'FIXED_INCOME', 40), ('C3', 'BALANCED', 20), ('C3', 'EQUITY', 20), ('C3', 'ALTERNATIVE', 5),
    ('C4', 'CASH', 10), ('C4', 'FIXED_INCOME', 25), ('C4', 'BALANCED', 15), ('C4', 'EQUITY', 40), ('C4', 'ALTERNATIVE', 10),
    ('C5', 'CASH', 5), ('C5', 'FIXED_INCOME', 10), ('C5', 'BALANCED', 10), ('C5', 'EQUITY', 55), ('C5', 'ALTERNATIVE', 20);
