/**
 * An LTI 1.3 platform emulator for tests and the launch benchmark: its own keys and key-set endpoint, its
 * registration through the admin API, and the login and launch chain driven over HTTP step by step, as a
 * browser between platform and tool would. It uses none of the tool's classes, so it checks the tool
 * against the protocol, not against itself.
 */
package nl.samenspraak.tool.it.platform;
