/**
 * The benchmarks: full LTI 1.3 login and launch chains against a running server, with the platform emulator
 * of the integration tests (throughput and latency), and the teacher's page loaded in headless Chromium.
 */
package nl.samenspraak.bench;
