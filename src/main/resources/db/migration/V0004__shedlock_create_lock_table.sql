-- ShedLock: scheduled jobs that must run once across several Custodia instances take a lock here.
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamptz   not null,
    locked_at   timestamptz   not null,
    locked_by   varchar(255)  not null
);
