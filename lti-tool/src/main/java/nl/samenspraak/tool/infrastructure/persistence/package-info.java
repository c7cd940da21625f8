/** The database: settings from the environment, the connection pool and the Flyway migrations run on start. */
package nl.samenspraak.tool.infrastructure.persistence;
