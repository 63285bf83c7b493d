-- Registering property and recording its movements are two permissions (the issue names them apart): whoever could
-- do both under PROPERTY_WRITE keeps both, and an admin may now grant one without the other.
insert into access_role_permission (role_id, permission)
    select role_id, 'PROPERTY_REGISTER' from access_role_permission where permission = 'PROPERTY_WRITE'
    on conflict do nothing;

-- A transfer's mistake is undone by reversing both halves together: the two reversal entries share a transfer group
-- of their own, so they are approved or rejected as one, like the transfer. Only transfers and reversals have a group.
do $$
declare
    old_check text;
begin
    select conname into old_check from pg_constraint
        where conrelid = 'ledger_entry'::regclass and contype = 'c'
          and pg_get_constraintdef(oid) like '%transfer_group IS NOT NULL%'
          and pg_get_constraintdef(oid) not like '%reverses_entry_id%';
    execute format('alter table ledger_entry drop constraint %I', old_check);
end
$$;
alter table ledger_entry add constraint ledger_entry_transfer_group check (
    (kind not in ('TRANSFER_OUT', 'TRANSFER_IN') or transfer_group is not null)
    and (transfer_group is null or kind in ('TRANSFER_OUT', 'TRANSFER_IN', 'REVERSAL')));
create index ledger_entry_transfer_group_idx on ledger_entry (transfer_group) where transfer_group is not null;

-- One count at a time per place, even when two people open one at the same moment.
create unique index ledger_count_one_counting on ledger_count (custodian, location) where status = 'COUNTING';

-- The property page lists entries newest first: pending ones, then posted and rejected ones by when they were posted or
-- decided (a rejection sits where it happened instead of above everything).
create index ledger_entry_recorded_idx on ledger_entry (property_id, (coalesce(posted_at, decided_at)) desc, posting_seq desc)
    where state <> 'PENDING';
