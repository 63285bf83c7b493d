-- CSV imports of clients: the uploaded file, the job's progress, and each rejected row with its reasons.
create table clients_import (
    id              bigint generated always as identity primary key,
    file_name       varchar(255) not null,
    sha256          varchar(64)  not null,
    status          varchar(12)  not null check (status in ('QUEUED', 'VALIDATING', 'IMPORTING', 'DONE', 'FAILED')),
    rows_total      integer      not null default 0,
    rows_checked    integer      not null default 0,
    rows_rejected   integer      not null default 0,
    rows_existing   integer      not null default 0,
    rows_imported   integer      not null default 0,
    started_by_id   bigint       not null references access_user (id),
    started_by      varchar(100) not null,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    failure         varchar(500),
    content         bytea        not null
);
create index clients_import_started_by_idx on clients_import (started_by_id, started_at desc);

create table clients_import_rejection (
    import_id   bigint        not null references clients_import (id),
    row_number  integer       not null,
    -- "field=message.key" pairs separated by newlines, rendered in the reader's language
    reasons     varchar(4000) not null,
    line        varchar(8000) not null,
    primary key (import_id, row_number)
);
