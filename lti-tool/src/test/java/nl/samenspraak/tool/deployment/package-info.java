/** Checks of the deployment files outside the code: the container file and the Kubernetes manifests. */
package nl.samenspraak.tool.deployment;
