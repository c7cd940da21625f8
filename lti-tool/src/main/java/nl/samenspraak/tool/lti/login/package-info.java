/**
 * OIDC third-party-initiated login ({@code /lti/login}): the platform's login initiation, the one-time
 * state and nonce bound to the browser (a cookie, and the platform's postMessage storage where cookies are
 * blocked), and the authentication request back to the platform.
 */
package nl.samenspraak.tool.lti.login;
