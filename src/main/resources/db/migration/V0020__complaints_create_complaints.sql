-- Complaints (issue 8; docs/complaints.md). A complaint comes from a client or from someone not yet a client (name and
-- contact); its state moves one step at a time and every step is an event on its timeline, never changed or deleted.
create sequence complaints_number_seq;

create table complaints_setting (
    id                          smallint       primary key check (id = 1),
    acknowledge_business_days   integer        not null check (acknowledge_business_days between 1 and 10),
    count_business_days         boolean        not null,
    compensation_threshold      numeric(19, 2) not null check (compensation_threshold >= 0),
    version                     bigint         not null default 0
);
insert into complaints_setting (id, acknowledge_business_days, count_business_days, compensation_threshold)
    values (1, 1, false, 10000);

create table complaints_complaint (
    id                    bigint generated always as identity primary key,
    code                  varchar(20)    not null unique,
    client_id             bigint         references clients_client (id),
    complainant_name      varchar(200),
    complainant_contact   varchar(200),
    channel               varchar(24)    not null,
    category              varchar(32)    not null,
    severity              varchar(8)     not null,
    description           varchar(4000)  not null,
    property_id           bigint         references ledger_property (id),
    product               varchar(200),
    state                 varchar(14)    not null check (state in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'DECIDED',
                                                                'REPLIED', 'CLOSED', 'REOPENED')),
    received_at           timestamptz    not null,
    received_by           varchar(64)    not null,
    -- The day the current deadline counts from: receipt, or the latest reopening.
    started_on            date           not null,
    acknowledge_due_on    date           not null,
    extensions            integer        not null default 0 check (extensions between 0 and 2),
    paused_days           integer        not null default 0 check (paused_days >= 0),
    paused_since          date,
    due_on                date           not null,
    handler_id            bigint,
    handler_name          varchar(100),
    finding               varchar(16),
    remedy                varchar(2000),
    compensation          numeric(19, 2) check (compensation >= 0),
    compensation_approved boolean,
    reply                 varchar(4000),
    decided_at            timestamptz,
    replied_at            timestamptz,
    satisfaction          varchar(14),
    escalated_elsewhere   boolean,
    closed_at             timestamptz,
    overdue_since         date,
    version               bigint         not null default 0,
    check (client_id is not null or complainant_name is not null)
);
create index complaints_complaint_client_idx on complaints_complaint (client_id, received_at desc);
create index complaints_complaint_open_due_idx on complaints_complaint (due_on) where state not in ('REPLIED', 'CLOSED');
create index complaints_complaint_received_idx on complaints_complaint (received_at desc, id desc);
create index complaints_complaint_handler_idx on complaints_complaint (handler_id, state);
create index complaints_complaint_state_idx on complaints_complaint (state, received_at desc);
create index complaints_complaint_category_idx on complaints_complaint (category, received_at desc);

create table complaints_event (
    id            bigint generated always as identity primary key,
    complaint_id  bigint         not null references complaints_complaint (id),
    kind          varchar(24)    not null,
    state_after   varchar(14)    not null,
    note          varchar(4000),
    by_name       varchar(64)    not null,
    at            timestamptz    not null
);
create index complaints_event_complaint_idx on complaints_event (complaint_id, id);

create function complaints_event_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'complaint events are history and cannot be changed' using errcode = 'P0001';
end
$$;
create trigger complaints_event_frozen before update or delete on complaints_event
    for each row execute function complaints_event_frozen();

-- Extensions (to 30 days, then to 60), each with a reason, said to the complainant, and approved by a manager who is
-- not the one asking.
create table complaints_extension (
    id                bigint generated always as identity primary key,
    complaint_id      bigint         not null references complaints_complaint (id),
    level             integer        not null check (level in (1, 2)),
    reason            varchar(2000)  not null,
    told_complainant  boolean        not null,
    -- WITHDRAWN: the complaint was decided, closed or reopened while the request waited; it no longer applies.
    state             varchar(10)    not null check (state in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    requested_by      varchar(64)    not null,
    requested_by_id   bigint         not null,
    requested_at      timestamptz    not null,
    decided_by        varchar(64),
    decided_by_id     bigint,
    decided_at        timestamptz,
    decision_comment  varchar(1000),
    check (decided_by_id is null or decided_by_id <> requested_by_id)
);
create unique index complaints_extension_one_pending on complaints_extension (complaint_id) where state = 'PENDING';

-- Attachments (letters, screenshots, recordings' transcripts as PDF): the same rules as client documents (PDF, JPEG or
-- PNG by their bytes, at most 10 MB), kept in the database with their checksum.
create table complaints_attachment (
    id            bigint generated always as identity primary key,
    complaint_id  bigint         not null references complaints_complaint (id),
    file_name     varchar(255)   not null,
    content_type  varchar(40)    not null,
    size_bytes    integer        not null,
    sha256        char(64)       not null,
    content       bytea          not null,
    uploaded_by   varchar(64)    not null,
    uploaded_at   timestamptz    not null
);
create index complaints_attachment_complaint_idx on complaints_attachment (complaint_id, id);
