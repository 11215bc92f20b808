package se.kundlofte.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded MariaDB and points the data source at it, unless {@code
 * spring.datasource.url} names an external server (then Spring Boot's own data source is used).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    /** Hikari settings ({@code spring.datasource.hikari.*}) apply to the embedded pool too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(embeddedMariaDb.jdbcUrl())
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("kundlofte-embedded");
        return dataSource;
    }
}
