/**
 * Learning platforms the tests and the launch benchmark run next to the tool, on 127.0.0.1: the LTI 1.3
 * platform emulator (its own keys and key-set endpoint, its registration through the admin API, the login
 * and launch chain driven over HTTP step by step as a browser between platform and tool would) and a fake
 * platform for dynamic registration. They use none of the tool's classes, so they check the tool against
 * the protocol, not against itself.
 */
package nl.samenspraak.tool.it.platform;
