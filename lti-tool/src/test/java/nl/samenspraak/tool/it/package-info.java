/** Integration tests: HTTP against a running Liberty server, once on the embedded database and once on PostgreSQL. */
package nl.samenspraak.tool.it;
