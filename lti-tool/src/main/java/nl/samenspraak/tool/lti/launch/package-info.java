/**
 * The launch ({@code POST /lti/launch}): the platform's id_token validated completely (signature, issuer,
 * audience, times, nonce, deployment, version, message type and its required claims), the browser's
 * binding to the login checked, and the user, course, link and service endpoints recorded.
 */
package nl.samenspraak.tool.lti.launch;
