package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.keys.OwnerOnlyFile;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The two roles of the embedded database (ADR 0043): {@code commerce_owner} owns the schema and runs the
 * migrations, {@code commerce_app} is what the app's pools connect as and may only do what V24 grants it.
 * Their passwords are drawn once and kept in {@code commerce-roles.properties} in the data directory, readable
 * by the owner of the file alone, and set again on every start: a start killed between writing the file and
 * setting the passwords is repaired by the next one.
 */
public record EmbeddedDatabaseRoles(String ownerPassword, String appPassword) {

    public static final String OWNER = "commerce_owner";
    public static final String APP = "commerce_app";
    public static final String FILE_NAME = "commerce-roles.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the data directory's passwords (or draws and stores them) and brings the roles in line with them. */
    static EmbeddedDatabaseRoles ensure(Path dataDirectory, String superuserJdbcUrl) throws IOException {
        EmbeddedDatabaseRoles roles = readOrCreate(dataDirectory.resolve(FILE_NAME));
        try (Connection superuser = DriverManager.getConnection(superuserJdbcUrl);
             Statement statement = superuser.createStatement()) {
            for (String sql : roles.statements()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the roles " + OWNER + " and " + APP + ": " + e.getMessage(), e);
        }
        requirePasswords(dataDirectory, superuserJdbcUrl);
        return roles;
    }

    private List<String> statements() {
        return List.of(
                createOrUpdate(OWNER, ownerPassword), createOrUpdate(APP, appPassword),
                // The owner must be able to hand its objects' rights to the app (V24).
                "ALTER SCHEMA public OWNER TO " + OWNER,
                // A data directory from before the two roles: the superuser owns what the migrations made (given
                // to the owner) and what the projections made at run time (tables of a generation and the views
                // over them, given to the app, which drops and replaces them).
                """
                DO $$
                DECLARE object record;
                BEGIN
                    FOR object IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'p')
                                    AND pg_get_userbyid(c.relowner) = 'postgres'
                    LOOP
                        EXECUTE format('ALTER TABLE %I OWNER TO %I', object.relname,
                            CASE WHEN object.relkind = 'v' OR object.relname ~ '_g[0-9]+$' THEN '{app}' ELSE '{owner}' END);
                    END LOOP;
                    FOR object IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                  WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) = 'postgres'
                                    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
                    LOOP
                        EXECUTE format('ALTER SEQUENCE %I OWNER TO {owner}', object.relname);
                    END LOOP;
                    FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                  WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = 'postgres'
                    LOOP
                        EXECUTE format('ALTER ROUTINE %s OWNER TO {owner}', object.signature);
                    END LOOP;
                END $$""".replace("{app}", APP).replace("{owner}", OWNER));
    }

    /**
     * The library's initdb trusts every local connection, so a password would prove nothing. The superuser
     * stays trusted on the loopback (this start-up needs it, and whoever can reach the data directory has it
     * anyway); every other role must give its password.
     */
    private static void requirePasswords(Path dataDirectory, String superuserJdbcUrl) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                # Written by the app at every start (ADR 0043): the superuser without a password on the loopback,
                # every other role with its password (commerce-roles.properties).
                local all postgres trust
                host  all postgres 127.0.0.1/32 trust
                host  all postgres ::1/128 trust
                local all all scram-sha-256
                host  all all 127.0.0.1/32 scram-sha-256
                host  all all ::1/128 scram-sha-256
                """, StandardCharsets.UTF_8);
        try (Connection superuser = DriverManager.getConnection(superuserJdbcUrl);
             Statement statement = superuser.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reload the embedded server's pg_hba.conf: " + e.getMessage(), e);
        }
    }

    private static String createOrUpdate(String role, String password) {
        // Passwords are base64url: no quote can end the literal.
        return """
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
                    END IF;
                    ALTER ROLE %1$s PASSWORD '%2$s';
                END $$""".formatted(role, password);
    }

    private static EmbeddedDatabaseRoles readOrCreate(Path file) throws IOException {
        Properties stored = new Properties();
        byte[] content = OwnerOnlyFile.readOrCreate(file, EmbeddedDatabaseRoles::newPasswords);
        try (Reader reader = new StringReader(new String(content, StandardCharsets.UTF_8))) {
            stored.load(reader);
        }
        String owner = stored.getProperty(OWNER + ".password");
        String app = stored.getProperty(APP + ".password");
        if (owner == null || app == null) {
            throw new IllegalStateException(file + " lacks " + OWNER + ".password or " + APP + ".password");
        }
        return new EmbeddedDatabaseRoles(owner, app);
    }

    private static byte[] newPasswords() {
        Properties stored = new Properties();
        stored.setProperty(OWNER + ".password", newPassword());
        stored.setProperty(APP + ".password", newPassword());
        StringWriter text = new StringWriter();
        try {
            stored.store(text, "Passwords of the embedded database's roles (ADR 0043). Keep this file private.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseRoles[" + OWNER + ", " + APP + "]";
    }
}
