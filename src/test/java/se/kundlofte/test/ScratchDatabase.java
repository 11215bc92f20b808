package se.kundlofte.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A second, empty database on the same MariaDB server as the test context (embedded or external),
 * dropped again on {@link #close()}. Connection details are taken from the context's data source,
 * so tests using it run unchanged against an external server.
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");

    private final JdbcTemplate admin;
    private final String name;
    private final Server server;

    private ScratchDatabase(JdbcTemplate admin, String name, Server server) {
        this.admin = admin;
        this.name = name;
        this.server = server;
    }

    /** Creates an empty database named {@code kl_<purpose>_<random>} with the project's charset. */
    public static ScratchDatabase create(DataSource contextDataSource, Environment environment, String purpose) {
        Server server = Server.of(contextDataSource, environment);
        String name = "kl_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JdbcTemplate admin = new JdbcTemplate(contextDataSource);
        admin.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        return new ScratchDatabase(admin, name, server);
    }

    /** Only names a database that {@link #close()} will drop; it is not created. */
    public static ScratchDatabase reserve(DataSource contextDataSource, Environment environment, String purpose) {
        Server server = Server.of(contextDataSource, environment);
        String name = "kl_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return new ScratchDatabase(new JdbcTemplate(contextDataSource), name, server);
    }

    public String name() {
        return name;
    }

    public Server server() {
        return server;
    }

    /** A data source on this database (a new connection each time; close what you open). */
    public DataSource dataSource() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(server.jdbcUrl(name), server.user, server.password);
        dataSource.setDriverClassName("org.mariadb.jdbc.Driver");
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    @Override
    public void close() {
        admin.execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    /**
     * Where the test context's database lives.
     *
     * @param host host name or address
     * @param port TCP port
     * @param database the context's own database
     * @param user user name
     * @param password password ("" for none)
     * @param urlParameters the JDBC URL's parameters, starting with '?', or ""
     */
    public record Server(String host, int port, String database, String user, String password, String urlParameters) {

        static Server of(DataSource dataSource, Environment environment) {
            try (Connection connection = dataSource.getConnection()) {
                String url = connection.getMetaData().getURL();
                Matcher matcher = URL.matcher(url);
                if (!matcher.matches()) {
                    throw new IllegalStateException("Not a MariaDB JDBC URL: " + url);
                }
                String user = connection.getMetaData().getUserName();
                // The metadata may carry user@host; the password is only in the configuration.
                if (user != null && user.contains("@")) {
                    user = user.substring(0, user.indexOf('@'));
                }
                return new Server(
                        matcher.group(1),
                        matcher.group(2) == null ? 3306 : Integer.parseInt(matcher.group(2)),
                        connection.getCatalog(),
                        user == null || user.isEmpty()
                                ? environment.getProperty("spring.datasource.username", "root")
                                : user,
                        environment.getProperty("spring.datasource.password", ""),
                        matcher.group(4) == null ? "" : matcher.group(4));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the test database's connection details", e);
            }
        }

        /** The context's URL with another database, without creating it on connect. */
        public String jdbcUrl(String otherDatabase) {
            String parameters = urlParameters
                    .replaceAll("(?i)([?&])createDatabaseIfNotExist=[^&]*&?", "$1")
                    .replaceAll("[?&]$", "");
            return "jdbc:mariadb://" + host + ":" + port + "/" + otherDatabase + parameters;
        }

        public boolean isLocal() {
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.equals("127.0.0.1") || lower.equals("localhost") || lower.equals("::1");
        }
    }
}
