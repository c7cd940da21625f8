/**
 * The launch benchmark: full LTI 1.3 login and launch chains against a running server, with the platform
 * emulator of the integration tests, reporting throughput and latency of the chain and its two steps.
 */
package nl.samenspraak.bench;
