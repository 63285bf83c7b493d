-- Risk assessments: the answers to one exact questionnaire version, the score, the level and why. Confirmed
-- assessments are never edited; a new one supersedes. The one change allowed is recording the interview that a
-- C5 result, an ultra-high-net-worth or a professional client needs, which makes the level take effect.
create table risk_assessment (
    id                      bigserial     primary key,
    client_id               bigint        not null references clients_client (id),
    questionnaire_id        bigint        not null references risk_questionnaire (id),
    answers                 jsonb         not null,
    score                   integer       not null,
    band_level              varchar(2)    not null,
    result_level            varchar(2)    not null check (result_level in ('C1', 'C2', 'C3', 'C4', 'C5')),
    reasons                 jsonb         not null,
    client_age              integer,
    professional            boolean       not null,
    ultra_high_net_worth    boolean       not null,
    allocation              jsonb         not null,
    validity_months         integer       not null,
    status                  varchar(24)   not null check (status in ('AWAITING_INTERVIEW', 'EFFECTIVE')),
    assessed_at             timestamptz   not null,
    assessed_by             varchar(64)   not null,
    effective_on            date,
    expires_on              date,
    interview_on            date,
    interviewer             varchar(200),
    interview_notes         text,
    interview_recorded_by   varchar(64),
    interview_recorded_at   timestamptz,
    check ((status = 'EFFECTIVE') = (effective_on is not null and expires_on is not null))
);
create index risk_assessment_client_idx on risk_assessment (client_id, assessed_at desc, id desc);
create index risk_assessment_awaiting_idx on risk_assessment (assessed_at) where status = 'AWAITING_INTERVIEW';

create function risk_assessment_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'risk_assessment % cannot be deleted', old.id using errcode = 'P0001';
    end if;
    if old.status <> 'AWAITING_INTERVIEW' or new.status <> 'EFFECTIVE'
            or (to_jsonb(new) - array['status', 'effective_on', 'expires_on', 'interview_on', 'interviewer',
                    'interview_notes', 'interview_recorded_by', 'interview_recorded_at'])
               is distinct from
               (to_jsonb(old) - array['status', 'effective_on', 'expires_on', 'interview_on', 'interviewer',
                    'interview_notes', 'interview_recorded_by', 'interview_recorded_at']) then
        raise exception 'risk_assessment % is confirmed and cannot be changed', old.id using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger risk_assessment_confirmed before update or delete on risk_assessment
    for each row execute function risk_assessment_guard();
