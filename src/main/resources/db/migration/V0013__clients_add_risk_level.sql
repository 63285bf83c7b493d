-- Each client's current risk level, kept by the risk module when an assessment takes effect, so the client list can
-- filter on it and the re-assessment list find what expires. Valid while today is before risk_expires_on.
alter table clients_client add column risk_level varchar(2) check (risk_level in ('C1', 'C2', 'C3', 'C4', 'C5'));
alter table clients_client add column risk_expires_on date;
alter table clients_client add constraint clients_client_risk_pair check ((risk_level is null) = (risk_expires_on is null));
create index clients_client_risk_idx on clients_client (risk_level, risk_expires_on);
create index clients_client_risk_expiry_idx on clients_client (risk_expires_on) where risk_expires_on is not null;
