-- Contact data and ID numbers get separate rights (issue 4): CLIENT_CONTACT_READ shows phone, email and address
-- unmasked; CLIENT_SENSITIVE_READ now means revealing the full ID number, one audited action at a time.
-- CLIENT_IMPORT loads clients from CSV; admins may move an RM's whole book with CLIENT_REASSIGN.
insert into access_role_permission (role_id, permission)
    select r.id, 'CLIENT_CONTACT_READ' from access_role r
    where r.code in ('RELATIONSHIP_MANAGER', 'TEAM_LEAD', 'CUSTOMER_SERVICE', 'COMPLIANCE_OFFICER')
    on conflict do nothing;
-- Customer service reads contact data but has no need to see whole ID numbers.
delete from access_role_permission
    where permission = 'CLIENT_SENSITIVE_READ' and role_id = (select id from access_role where code = 'CUSTOMER_SERVICE');
insert into access_role_permission (role_id, permission)
    select r.id, 'CLIENT_IMPORT' from access_role r where r.code in ('RELATIONSHIP_MANAGER', 'TEAM_LEAD')
    on conflict do nothing;
insert into access_role_permission (role_id, permission)
    select r.id, 'CLIENT_REASSIGN' from access_role r where r.code = 'ADMIN'
    on conflict do nothing;
