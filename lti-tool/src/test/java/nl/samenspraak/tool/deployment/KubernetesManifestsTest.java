package nl.samenspraak.tool.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No cluster runs where the project is built, so the manifests in {@code deploy/k8s} are checked for what
 * a mistake would break: the probes, the replicas, that every Service, ConfigMap and Secret a manifest
 * names exists or is created as the docs say, that the variables are the ones the server reads, and that
 * the public address is the ingress's https host.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, JsonNode> BY_KIND_AND_NAME = new HashMap<>();
    private static String deploymentDoc;
    private static String configurationDoc;

    @BeforeAll
    static void readManifests() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/k8s"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode manifest = yaml.readTree(file.toFile());
                BY_KIND_AND_NAME.put(manifest.path("kind").asText() + "/" + manifest.path("metadata").path("name").asText(),
                        manifest);
            }
        }
        deploymentDoc = Files.readString(ROOT.resolve("docs/deployment.md"));
        configurationDoc = Files.readString(ROOT.resolve("docs/configuration.md"));
    }

    private static JsonNode manifest(String kindAndName) {
        JsonNode manifest = BY_KIND_AND_NAME.get(kindAndName);
        assertTrue(manifest != null, "no " + kindAndName + " in deploy/k8s, only " + BY_KIND_AND_NAME.keySet());
        return manifest;
    }

    private static JsonNode container() {
        JsonNode containers = manifest("Deployment/samenspraak").path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static Map<String, JsonNode> env() {
        Map<String, JsonNode> env = new HashMap<>();
        container().path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }

    @Test
    void twoReplicasWhosePodsTheSelectorAndTheServiceFind() {
        JsonNode deployment = manifest("Deployment/samenspraak").path("spec");
        assertEquals(2, deployment.path("replicas").asInt());
        JsonNode podLabels = deployment.path("template").path("metadata").path("labels");
        deployment.path("selector").path("matchLabels").fields().forEachRemaining(label ->
                assertEquals(label.getValue(), podLabels.path(label.getKey()), "selector label " + label.getKey()));
        manifest("Service/samenspraak").path("spec").path("selector").fields().forEachRemaining(label ->
                assertEquals(label.getValue(), podLabels.path(label.getKey()), "Service selector " + label.getKey()));
    }

    @Test
    void theProbesAskMicroProfileHealthOnTheContainersPort() {
        JsonNode container = container();
        assertEquals("/health/started", container.path("startupProbe").path("httpGet").path("path").asText());
        assertEquals("/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals("http", container.path(probe).path("httpGet").path("port").asText(), probe);
        }
        JsonNode port = container.path("ports").get(0);
        assertEquals("http", port.path("name").asText());
        assertEquals(env().get("SAMENSPRAAK_HTTP_PORT").path("value").asText(), port.path("containerPort").asText());
        assertEquals("*", env().get("SAMENSPRAAK_HTTP_HOST").path("value").asText(), "listens beyond loopback");
    }

    @Test
    void everyVariableIsOneTheServerReadsAndIsDocumented() {
        for (String name : env().keySet()) {
            if (name.startsWith("SAMENSPRAAK_")) {
                assertTrue(configurationDoc.contains("`" + name + "`"), name + " is not in docs/configuration.md");
            } else {
                assertTrue(name.startsWith("WLP_LOGGING_") && deploymentDoc.contains(name),
                        name + " is neither a Samenspraak nor a documented Liberty logging variable");
            }
        }
        for (String required : List.of("SAMENSPRAAK_PUBLIC_URL", "SAMENSPRAAK_DB_URL", "SAMENSPRAAK_DB_USER",
                "SAMENSPRAAK_DB_PASSWORD", "SAMENSPRAAK_ADMIN_PASSWORD")) {
            assertTrue(env().containsKey(required), required + " is not set");
        }
    }

    @Test
    void passwordsComeFromSecretsTheDocsSayHowToCreate() {
        for (String secret : List.of("SAMENSPRAAK_DB_PASSWORD", "SAMENSPRAAK_ADMIN_PASSWORD", "SAMENSPRAAK_DB_USER")) {
            assertTrue(env().get(secret).path("valueFrom").has("secretKeyRef"), secret + " is not from a Secret");
        }
        Map<String, List<String>> created = createdSecrets();
        for (JsonNode variable : env().values()) {
            JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                String name = ref.path("name").asText();
                assertTrue(created.containsKey(name), "Secret " + name + " is not created in docs/deployment.md");
                assertTrue(created.get(name).contains(ref.path("key").asText()),
                        "Secret " + name + " has no key " + ref.path("key").asText() + " in docs/deployment.md");
            }
        }
        String tlsSecret = manifest("Ingress/samenspraak").path("spec").path("tls").get(0).path("secretName").asText();
        assertTrue(deploymentDoc.contains("kubectl create secret tls " + tlsSecret + " "), tlsSecret);
    }

    @Test
    void configMapReferencesExist() {
        for (JsonNode variable : env().values()) {
            JsonNode ref = variable.path("valueFrom").path("configMapKeyRef");
            if (!ref.isMissingNode()) {
                JsonNode data = manifest("ConfigMap/" + ref.path("name").asText()).path("data");
                assertTrue(data.has(ref.path("key").asText()), "ConfigMap has no " + ref.path("key").asText());
            }
        }
    }

    @Test
    void theIngressEndsTlsForThePublicAddressAndSendsToTheService() {
        JsonNode ingress = manifest("Ingress/samenspraak").path("spec");
        URI publicUrl = URI.create(manifest("ConfigMap/samenspraak-config").path("data")
                .path("SAMENSPRAAK_PUBLIC_URL").asText());
        assertEquals("https", publicUrl.getScheme());
        assertEquals(publicUrl.getHost(), ingress.path("rules").get(0).path("host").asText());
        assertTrue(ingress.path("tls").get(0).path("hosts").toString().contains("\"" + publicUrl.getHost() + "\""));
        JsonNode backend = ingress.path("rules").get(0).path("http").path("paths").get(0).path("backend").path("service");
        JsonNode service = manifest("Service/" + backend.path("name").asText()).path("spec");
        assertEquals(backend.path("port").path("name").asText(), service.path("ports").get(0).path("name").asText());
        assertEquals("http", service.path("ports").get(0).path("targetPort").asText());
    }

    @Test
    void theDatabaseIsAnExternalServiceTheUrlNames() {
        JsonNode database = manifest("Service/samenspraak-db").path("spec");
        assertEquals("ExternalName", database.path("type").asText());
        String url = manifest("ConfigMap/samenspraak-config").path("data").path("SAMENSPRAAK_DB_URL").asText();
        assertTrue(url.startsWith("jdbc:postgresql://samenspraak-db:" + database.path("ports").get(0).path("port").asInt()
                + "/"), url);
    }

    @Test
    void theImageIsTheOneTheContainerFileBuildsOnOpenLiberty() throws IOException {
        String containerfile = Files.readString(ROOT.resolve("Containerfile"));
        assertTrue(containerfile.lines().anyMatch(line -> line.startsWith("FROM icr.io/appcafe/open-liberty:")),
                "on the OpenLiberty image");
        assertTrue(containerfile.contains("COPY --chown=1001:0 server.xml /config/"));
        assertTrue(containerfile.contains("lti-tool/target/samenspraak.war /config/apps/samenspraak.war"));
        String image = container().path("image").asText();
        assertTrue(deploymentDoc.contains("-f Containerfile -t " + image + " "), image + " is not what the docs build");
    }

    /** Secret name to its keys, from the {@code kubectl create secret generic} lines of docs/deployment.md. */
    private static Map<String, List<String>> createdSecrets() {
        Map<String, List<String>> secrets = new HashMap<>();
        Matcher line = Pattern.compile("kubectl create secret generic (\\S+)(.*)").matcher(deploymentDoc);
        while (line.find()) {
            List<String> keys = new ArrayList<>();
            Matcher literal = Pattern.compile("--from-literal=([^=]+)=").matcher(line.group(2));
            while (literal.find()) {
                keys.add(literal.group(1));
            }
            secrets.put(line.group(1), keys);
        }
        return secrets;
    }
}
