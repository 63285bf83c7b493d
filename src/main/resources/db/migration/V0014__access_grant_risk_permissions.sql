-- Recording a product recommendation is its own permission (an exception to the matching rule needs
-- SUITABILITY_EXCEPTION_RECORD on top). Relationship managers and team leads record them.
insert into access_role_permission (role_id, permission)
    select r.id, 'RECOMMENDATION_RECORD' from access_role r where r.code in ('RELATIONSHIP_MANAGER', 'TEAM_LEAD');
