/**
 * Keys: the tool's own RSA key pairs (created on first start, published at {@code /lti/jwks}, rotated
 * with a next key published before use and a retired key kept for a grace period) and the platforms'
 * key sets, fetched and cached as their Cache-Control allows.
 */
package nl.samenspraak.tool.lti.keys;
