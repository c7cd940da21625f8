/** Security building blocks shared by the tool: unguessable random values. */
package nl.samenspraak.tool.infrastructure.security;
