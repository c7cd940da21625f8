/**
 * OAuth 2.0 access tokens for the LTI Advantage services: the client_credentials grant with a
 * private_key_jwt assertion signed by the tool's current key (Nimbus OAuth 2.0 SDK), cached in the database
 * per (token URL, client_id, scope set) so every server shares one token per lifetime.
 */
package nl.samenspraak.tool.lti.token;
