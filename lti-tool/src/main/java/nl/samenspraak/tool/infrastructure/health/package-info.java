/** MicroProfile Health checks: the server is ready when its database answers and its program is loaded. */
package nl.samenspraak.tool.infrastructure.health;
