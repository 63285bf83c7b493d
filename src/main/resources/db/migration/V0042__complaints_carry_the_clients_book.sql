-- A complaint carries its client's team and RM (issue 10; docs/performance.md). The visibility rule was "the client is
-- one of the book's", and the database answered it by hashing the ids of the team's 5,000 clients and probing every
-- open complaint of the firm with them: 1.75 ms for a team lead's start page counts and 1.0 ms for its list at 100,000
-- clients. With the book on the complaint, the team's or RM's complaints come straight from an index (0.1-0.2 ms).
-- The copies are the database's to keep: set from the client when a complaint is recorded or moved to another client,
-- and moved with the client when the client changes team or RM (a book transfer, an import, an edit).
alter table complaints_complaint
    add column team_id  bigint references access_team (id),
    add column owner_id bigint references access_user (id);

update complaints_complaint c set team_id = cl.team_id, owner_id = cl.owner_id
from clients_client cl where cl.id = c.client_id;

-- The client's row is read for share, so that a change of team or RM that has not committed yet is waited for (and then
-- read), and one that starts after this waits for the complaint: either way its trigger below finds the complaint.
create function complaints_complaint_book() returns trigger language plpgsql as $$
begin
    if new.client_id is null then
        new.team_id := null;
        new.owner_id := null;
    else
        select c.team_id, c.owner_id into new.team_id, new.owner_id from clients_client c where c.id = new.client_id
        for share;
    end if;
    return new;
end $$;

create trigger complaints_complaint_book before insert or update of client_id, team_id, owner_id
    on complaints_complaint for each row execute function complaints_complaint_book();

create function complaints_client_book_changed() returns trigger language plpgsql as $$
begin
    update complaints_complaint set team_id = new.team_id, owner_id = new.owner_id where client_id = new.id;
    return null;
end $$;

create trigger complaints_client_book_changed after update of team_id, owner_id on clients_client
    for each row when (old.team_id is distinct from new.team_id or old.owner_id is distinct from new.owner_id)
    execute function complaints_client_book_changed();

-- The open complaints of a team, of an RM, and those from someone not yet a client, with what the start page counts.
-- V0026's index by client served the rule this replaces.
create index complaints_complaint_open_team_idx on complaints_complaint (team_id) include (paused_since, due_on)
    where state not in ('REPLIED', 'CLOSED');
create index complaints_complaint_open_owner_idx on complaints_complaint (owner_id) include (paused_since, due_on)
    where state not in ('REPLIED', 'CLOSED');
create index complaints_complaint_open_non_client_idx on complaints_complaint (received_by)
    include (paused_since, due_on) where state not in ('REPLIED', 'CLOSED') and client_id is null;
drop index complaints_complaint_open_client_idx;

-- V0029's index for the counts by category, with the columns the rule now reads.
create index complaints_complaint_received_book_idx on complaints_complaint (received_at)
    include (category, client_id, received_by, team_id, owner_id);
drop index complaints_complaint_received_counts_idx;
