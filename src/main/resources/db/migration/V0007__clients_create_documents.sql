-- Client documents (contracts, agreements, ID scans). The bytes live in their own table so that listing documents
-- never reads them.
create table clients_document (
    id             bigint generated always as identity primary key,
    client_id      bigint        not null references clients_client (id),
    category       varchar(20)   not null,
    file_name      varchar(255)  not null,
    content_type   varchar(50)   not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         varchar(64)   not null,
    note           varchar(500),
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null default now()
);
create index clients_document_client_idx on clients_document (client_id, uploaded_at desc, id desc);

create table clients_document_content (
    document_id  bigint primary key references clients_document (id),
    content      bytea not null
);
