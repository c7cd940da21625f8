/**
 * Security building blocks shared by the tool: unguessable random values, and the secrets at rest
 * ({@link nl.samenspraak.tool.infrastructure.security.SecretBox}), encrypted with a key kept outside the database.
 */
package nl.samenspraak.tool.infrastructure.security;
