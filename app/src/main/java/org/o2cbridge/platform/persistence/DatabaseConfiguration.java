package org.o2cbridge.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the bridge's JTA data source. Every setting comes from MicroProfile Config (system
 * properties or environment variables such as {@code O2C_DB_URL}); without any, the bridge runs on
 * an embedded H2 database in {@code ./o2c-data/db}. The defaults sit inline because Payara resolves
 * these placeholders before the application's own configuration file is visible.
 *
 * <p>The name is global so that the server's Jakarta Batch runtime finds it too: the job
 * repository lives in this database, in this pool (see {@code server-config/pre-boot-commands.txt}).
 * One pool means a chunk's transaction holds one connection for the job's own tables and the
 * batch runtime's checkpoint, never two non-XA resources.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "${MPCONFIG=o2c.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=o2c.db.url:jdbc:h2:file:./o2c-data/db/o2c;AUTO_SERVER=TRUE;WRITE_DELAY=0}",
        user = "${MPCONFIG=o2c.db.user:o2c}",
        password = "${MPCONFIG=o2c.db.password:o2c}",
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:global/jdbc/o2c";
}
