-- The product catalogue. Products are withdrawn, never deleted: recommendations point to them.
create table risk_product (
    id                    bigserial      primary key,
    name                  varchar(200)   not null,
    product_type          varchar(24)    not null,
    issuer                varchar(200)   not null,
    rating                varchar(2)     not null check (rating in ('R1', 'R2', 'R3', 'R4', 'R5')),
    minimum_investment    numeric(19, 4) not null check (minimum_investment >= 0),
    currency              char(3)        not null default 'CNY',
    professional_only     boolean        not null,
    withdrawn             boolean        not null default false,
    created_at            timestamptz    not null,
    updated_at            timestamptz    not null,
    version               bigint         not null default 0
);
create unique index risk_product_name_idx on risk_product (lower(name));
create function risk_product_refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'risk_product % cannot be deleted; withdraw it', old.id using errcode = 'P0001';
end
$$;
create trigger risk_product_no_delete before delete on risk_product
    for each row execute function risk_product_refuse_delete();

-- A product recommended to a client, with the suitability verdict at that moment. A mismatch is recorded only as an
-- exception, with the warning shown, the client's confirmation and the RM's note, and waits for compliance review.
create table risk_recommendation (
    id                     bigserial      primary key,
    client_id              bigint         not null references clients_client (id),
    product_id             bigint         not null references risk_product (id),
    assessment_id          bigint         references risk_assessment (id),
    client_level           varchar(2),
    professional           boolean        not null,
    product_rating         varchar(2)     not null,
    verdict                varchar(24)    not null,
    amount                 numeric(19, 4),
    rm_note                text,
    warning_text           text,
    client_statement       text,
    recommended_at         timestamptz    not null,
    recommended_by         varchar(64)    not null,
    review_status          varchar(16)    not null check (review_status in ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'REJECTED')),
    reviewed_by            varchar(64),
    reviewed_at            timestamptz,
    review_comment         text,
    version                bigint         not null default 0,
    check ((verdict = 'SUITABLE') = (review_status = 'NOT_REQUIRED')),
    check (verdict = 'SUITABLE' or (warning_text is not null and client_statement is not null and rm_note is not null))
);
create index risk_recommendation_client_idx on risk_recommendation (client_id, recommended_at desc);
create index risk_recommendation_pending_idx on risk_recommendation (recommended_at) where review_status = 'PENDING';
create index risk_recommendation_decided_idx on risk_recommendation (reviewed_at desc, id desc)
    where review_status in ('APPROVED', 'REJECTED');

-- Recorded once; the only later change is the one review decision of a pending exception.
create function risk_recommendation_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'risk_recommendation % cannot be deleted', old.id using errcode = 'P0001';
    end if;
    if old.review_status <> 'PENDING' or new.review_status not in ('APPROVED', 'REJECTED')
            or (to_jsonb(new) - array['review_status', 'reviewed_by', 'reviewed_at', 'review_comment', 'version'])
               is distinct from
               (to_jsonb(old) - array['review_status', 'reviewed_by', 'reviewed_at', 'review_comment', 'version']) then
        raise exception 'risk_recommendation % is recorded and cannot be changed', old.id using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger risk_recommendation_recorded before update or delete on risk_recommendation
    for each row execute function risk_recommendation_guard();
