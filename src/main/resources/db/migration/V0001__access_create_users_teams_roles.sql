-- The access module: teams, roles (data, not code), the role-permission matrix, users and their roles.

create table access_team (
    id          bigint generated always as identity primary key,
    code        varchar(40)  not null,
    name_en     varchar(100) not null,
    name_zh     varchar(100) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint access_team_code_unique unique (code)
);

create table access_role (
    id              bigint generated always as identity primary key,
    code            varchar(40)  not null,
    name_en         varchar(100) not null,
    name_zh         varchar(100) not null,
    description_en  varchar(500),
    description_zh  varchar(500),
    retired         boolean      not null default false,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint access_role_code_unique unique (code)
);

-- One row per permission a role grants. Permissions are named in code (com.custodia.security.Permission).
create table access_role_permission (
    role_id     bigint      not null references access_role (id),
    permission  varchar(60) not null,
    primary key (role_id, permission)
);
create index access_role_permission_permission_idx on access_role_permission (permission);

create table access_user (
    id                    bigint generated always as identity primary key,
    username              varchar(40)  not null,
    display_name          varchar(100) not null,
    email                 varchar(254),
    password_hash         varchar(200) not null,
    team_id               bigint references access_team (id),
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default true,
    failed_logins         integer      not null default 0,
    locked_until          timestamptz,
    password_changed_at   timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    constraint access_user_username_lowercase check (username = lower(username))
);
create unique index access_user_username_unique on access_user (username);
create index access_user_display_name_idx on access_user (lower(display_name));
create index access_user_team_idx on access_user (team_id);
create index access_user_last_login_idx on access_user (last_login_at);

create table access_user_role (
    user_id  bigint not null references access_user (id),
    role_id  bigint not null references access_role (id),
    primary key (user_id, role_id)
);
create index access_user_role_role_idx on access_user_role (role_id);
