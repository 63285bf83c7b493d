-- The clients module: individual and institutional clients, their segment thresholds.
-- pg_trgm serves part-of-name search (Chinese and Latin); it is a trusted extension, so the database owner may
-- create it. Names sort by the ICU collation zh-x-icu: Chinese by pinyin, Latin alphabetically.
create extension if not exists pg_trgm;

-- Client codes C<year>-<number>: the number comes from this sequence, the year from the day the client is created.
create sequence clients_code_seq;

create table clients_client (
    id                    bigint generated always as identity primary key,
    code                  varchar(20)  collate "C" not null,
    kind                  varchar(12)  not null check (kind in ('INDIVIDUAL', 'INSTITUTION')),
    name                  varchar(200) collate "zh-x-icu" not null,
    status                varchar(12)  not null check (status in ('LEAD', 'PROSPECT', 'ACTIVE', 'DORMANT', 'CLOSED')),
    segment               varchar(40)  not null,
    owner_id              bigint       not null references access_user (id),
    team_id               bigint       references access_team (id),
    -- individuals
    gender                varchar(10),
    birth_date            date,
    occupation            varchar(100),
    id_type               varchar(20),
    id_number             varchar(40),
    income_band           varchar(20),
    -- institutions
    credit_code           varchar(18),
    legal_representative  varchar(100),
    contact_person        varchar(100),
    business_scope        varchar(2000),
    net_assets            numeric(19, 4) check (net_assets >= 0),
    investment_needs      varchar(2000),
    -- both (for an institution the phone is its contact person's)
    mobile_phone          varchar(20),
    email                 varchar(254),
    address               varchar(300),
    financial_assets      numeric(19, 4) check (financial_assets >= 0),
    years_of_experience   integer check (years_of_experience between 0 and 100),
    professional          boolean      not null default false,
    professional_basis    varchar(40),
    close_reason          varchar(500),
    closed_at             timestamptz,
    import_id             bigint,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    -- For "find by the last 4 digits of the phone" and the coming week's birthdays (month * 100 + day).
    phone_last4           varchar(4) generated always as (right(mobile_phone, 4)) stored,
    birthday_key          integer generated always as
                              (extract(month from birth_date)::integer * 100 + extract(day from birth_date)::integer) stored,
    constraint clients_client_code_unique unique (code),
    constraint clients_client_closed_has_reason check (status <> 'CLOSED' or close_reason is not null)
);
-- One person, one client; one organisation, one client. Imports rely on these to stay idempotent.
create unique index clients_client_id_number_unique on clients_client (id_type, id_number) where id_number is not null;
create unique index clients_client_credit_code_unique on clients_client (credit_code) where credit_code is not null;
-- Search and filters.
create index clients_client_name_trgm_idx on clients_client using gin (lower(name) gin_trgm_ops);
create index clients_client_phone_last4_idx on clients_client (phone_last4);
create index clients_client_owner_idx on clients_client (owner_id, birthday_key);
create index clients_client_team_idx on clients_client (team_id);
create index clients_client_status_idx on clients_client (status);
create index clients_client_segment_idx on clients_client (segment);
create index clients_client_kind_idx on clients_client (kind);
-- Sorts (each with the id as tie-breaker, so paging is stable).
create index clients_client_name_idx on clients_client (name, id);
create index clients_client_created_idx on clients_client (created_at, id);
create index clients_client_assets_idx on clients_client (financial_assets, id);
-- Highest assets first with unknown assets last (a backward scan of the index above would put them first).
create index clients_client_assets_desc_idx on clients_client (financial_assets desc nulls last, id desc);

-- The individual segment thresholds (CNY), one row, edited by an admin at /admin/segments.
create table clients_segment_rule (
    id                         integer primary key check (id = 1),
    high_net_worth_from        numeric(19, 4) not null,
    ultra_high_net_worth_from  numeric(19, 4) not null,
    updated_at                 timestamptz    not null default now(),
    version                    bigint         not null default 0,
    check (high_net_worth_from > 0 and ultra_high_net_worth_from > high_net_worth_from)
);
insert into clients_segment_rule (id, high_net_worth_from, ultra_high_net_worth_from) values (1, 6000000, 100000000);
