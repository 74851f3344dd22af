-- The app connects with a role of its own, not the owner of the schema (ADR 0043). It may read and write
-- what it keeps up to date (tokens, sagas, snapshots, deadlines, idempotency keys, ...), create the tables
-- and views of its projections' generations, and on the stored events only read and append: no UPDATE,
-- DELETE or TRUNCATE is granted, and the V21 triggers refuse them as well. ${app_role} is the app's role
-- (spring.datasource.username, or commerce_app on the embedded server). These migrations run as the owner.
DO
$$
    BEGIN
        IF current_user = '${app_role}' THEN
            -- Migrations run as the app's own role (spring.flyway.user not set): it owns everything, and
            -- rights it grants or revokes on its own tables would change nothing. The app warns at start.
            RAISE WARNING 'migrations run as the app role %: its rights are not narrowed', current_user;
            RETURN;
        END IF;
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', '${app_role}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', '${app_role}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', '${app_role}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM %I', '${app_role}');
        -- The migrations' record is the owner's; the app may read which ran.
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', '${app_role}');
        -- Tables of later migrations get the same DML; one that must be append-only revokes it (V25).
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                       '${app_role}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', '${app_role}');
    END
$$;
