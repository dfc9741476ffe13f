package org.o2cbridge.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * The database one integration run uses: a new embedded H2 file, or a new PostgreSQL database on
 * the server named by {@code o2c.it.postgresql.url} (dropped again at the end). Tests read it
 * directly, as a DBA would, to check what the bridge stored.
 */
public record TestDatabase(String url, String user, String password, String dataSourceClass, String ownedName,
                           String adminUrl) {

    private static volatile TestDatabase current;

    /** One more database of the run's kind, for a test that runs servers of its own; dropped by {@link #close()}. */
    public static TestDatabase another(Path work) {
        return prepare(System.getProperty("o2c.it.db"), work);
    }

    /** Drops a database this run created. */
    public void close() {
        dropIfOwned();
    }

    static TestDatabase prepare(String kind, Path work) {
        return switch (kind) {
            case "embedded" -> new TestDatabase("jdbc:h2:file:" + work.resolve("db").resolve("o2c").toAbsolutePath()
                    + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "o2c", "o2c", "org.h2.jdbcx.JdbcDataSource", null, null);
            case "postgresql" -> preparePostgres();
            default -> throw new IllegalArgumentException("Unknown o2c.it.db: " + kind);
        };
    }

    private static TestDatabase preparePostgres() {
        String adminUrl = setting("o2c.it.postgresql.url", "O2C_IT_POSTGRESQL_URL");
        String user = setting("o2c.it.postgresql.user", "O2C_IT_POSTGRESQL_USER");
        String password = Optional.ofNullable(System.getenv("O2C_IT_POSTGRESQL_PASSWORD")).orElse("postgres");
        String name = "o2c_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
        try (Connection admin = DriverManager.getConnection(adminUrl, credentials(user, password));
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            System.setProperty(IntegrationDatabaseCondition.SKIP_REASON, "PostgreSQL is not reachable at " + adminUrl
                    + " (" + e.getMessage() + "); the PostgreSQL variant of the integration tests is skipped. "
                    + "Start PostgreSQL or set O2C_IT_POSTGRESQL_URL to run it.");
            return null;
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new TestDatabase(url, user, password, "org.postgresql.ds.PGSimpleDataSource", name, adminUrl);
    }

    private static String setting(String property, String env) {
        return Optional.ofNullable(System.getenv(env)).orElseGet(() -> System.getProperty(property));
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "5");
        return properties;
    }

    static void register(TestDatabase database) {
        current = database;
    }

    static Optional<TestDatabase> registered() {
        return Optional.ofNullable(current);
    }

    /** The database of this integration run. */
    public static TestDatabase get() {
        return registered().orElseThrow(() -> new IllegalStateException("no integration database prepared"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials(user, password));
    }

    /** Runs a count query with positional string parameters. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    void dropIfOwned() {
        if (ownedName == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(adminUrl, credentials(user, password));
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + ownedName + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + ownedName + ": " + e.getMessage());
        }
    }
}
