-- The service log: every contact with a client (calls, meetings, visits, emails, messages, care events).
create table clients_contact (
    id               bigint generated always as identity primary key,
    client_id        bigint        not null references clients_client (id),
    kind             varchar(20)   not null,
    contacted_on     date          not null,
    summary          varchar(2000) not null,
    outcome          varchar(2000),
    next_contact_on  date,
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null default now(),
    check (next_contact_on is null or next_contact_on >= contacted_on)
);
create index clients_contact_client_idx on clients_contact (client_id, contacted_on desc, id desc);
create index clients_contact_next_idx on clients_contact (next_contact_on) where next_contact_on is not null;
