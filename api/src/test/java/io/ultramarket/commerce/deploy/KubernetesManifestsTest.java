package io.ultramarket.commerce.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes/} (docs/scaling.md): no cluster runs here, so this
 * checks what can go wrong without one. Every file parses and is listed in the kustomization, the probes ask
 * the actuator's probe groups that application.yml turns on, the Service, the disruption budget and the
 * autoscaler find the Deployment's pods, every ConfigMap and Secret the pods use is defined, and the key
 * files the app is pointed at are in the mounted Secret.
 */
// One instance for all tests: the files are read once, in readEveryFile.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");

    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final Set<String> files = new TreeSet<>();
    private Map<String, Object> kustomization;

    @BeforeAll
    void readEveryFile() throws IOException {
        try (Stream<Path> listed = Files.list(MANIFESTS)) {
            for (Path file : listed.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                files.add(file.getFileName().toString());
                try (InputStream in = Files.newInputStream(file)) {
                    for (Object document : new Yaml().loadAll(in)) {
                        Map<String, Object> manifest = map(document);
                        if ("Kustomization".equals(manifest.get("kind"))) {
                            kustomization = manifest;
                        } else {
                            documents.add(manifest);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyManifestNamesItsKindAndIsListedInTheKustomization() {
        assertThat(kustomization).as("kustomization.yaml").isNotNull();
        Set<String> listed = new TreeSet<>(strings(kustomization.get("resources")));
        Set<String> others = new TreeSet<>(files);
        others.remove("kustomization.yaml");
        assertThat(listed).isEqualTo(others);
        assertThat(documents).allSatisfy(manifest -> {
            assertThat(manifest).containsKeys("apiVersion", "kind");
            assertThat(map(manifest.get("metadata"))).containsKey("name");
        });
        assertThat(documents).extracting(manifest -> manifest.get("kind")).contains("Deployment", "Service",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Secret");
    }

    @Test
    void theProbesAskTheActuatorsProbeGroups() throws IOException {
        Map<String, Object> container = appContainer();
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(maps(container.get("ports"))).anySatisfy(port -> {
            assertThat(port.get("name")).isEqualTo(path(container, "livenessProbe", "httpGet", "port"));
            assertThat(port.get("containerPort")).isEqualTo(8080);
        });
        Map<String, Object> application;
        try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", "application.yml"))) {
            application = map(new Yaml().load(in));
        }
        assertThat(path(application, "management", "endpoint", "health", "probes", "enabled")).isEqualTo(true);
        assertThat(path(application, "management", "endpoints", "web", "exposure", "include").toString()).contains("health");
        assertThat(map(path(container, "resources", "requests"))).containsKeys("cpu", "memory");
        assertThat(map(path(container, "resources", "limits"))).containsKey("memory");
    }

    @Test
    void theServiceTheBudgetAndTheAutoscalerFindTheDeploymentsPods() {
        Map<String, Object> deployment = the("Deployment");
        Map<String, Object> podLabels = map(path(deployment, "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(map(path(deployment, "spec", "selector", "matchLabels")));
        assertThat(podLabels).containsAllEntriesOf(map(path(the("Service"), "spec", "selector")));
        assertThat(podLabels).containsAllEntriesOf(map(path(the("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
        Map<String, Object> target = map(path(the("HorizontalPodAutoscaler"), "spec", "scaleTargetRef"));
        assertThat(target.get("kind")).isEqualTo("Deployment");
        assertThat(target.get("name")).isEqualTo(path(deployment, "metadata", "name"));
    }

    @Test
    void everyConfigMapAndSecretThePodsUseIsDefinedWithTheKeysTheAppReads() {
        Map<String, Object> container = appContainer();
        for (Map<String, Object> source : maps(container.get("envFrom"))) {
            if (source.containsKey("configMapRef")) {
                named("ConfigMap", (String) map(source.get("configMapRef")).get("name"));
            } else {
                named("Secret", (String) map(source.get("secretRef")).get("name"));
            }
        }
        Map<String, Object> configMap = named("ConfigMap", "commerce-core");
        Map<String, Object> settings = map(configMap.get("data"));
        Map<String, Object> keysVolume = maps(path(the("Deployment"), "spec", "template", "spec", "volumes")).stream()
                .filter(volume -> volume.containsKey("secret")).findFirst().orElseThrow();
        Map<String, Object> keys = map(named("Secret", (String) map(keysVolume.get("secret")).get("secretName")).get("stringData"));
        String mountPath = (String) maps(container.get("volumeMounts")).stream()
                .filter(mount -> mount.get("name").equals(keysVolume.get("name"))).findFirst().orElseThrow().get("mountPath");
        for (String keyFile : List.of("COMMERCE_SNAPSHOTS_SEALKEYFILE", "COMMERCE_CHAINCHECKPOINTS_KEYFILE")) {
            String file = (String) settings.get(keyFile);
            assertThat(file).as(keyFile).startsWith(mountPath + "/");
            assertThat(keys).as(keyFile).containsKey(file.substring(mountPath.length() + 1));
        }
    }

    private Map<String, Object> appContainer() {
        return maps(path(the("Deployment"), "spec", "template", "spec", "containers")).get(0);
    }

    private Map<String, Object> the(String kind) {
        List<Map<String, Object>> ofKind = documents.stream().filter(manifest -> kind.equals(manifest.get("kind"))).toList();
        assertThat(ofKind).as(kind).hasSize(1);
        return ofKind.get(0);
    }

    private Map<String, Object> named(String kind, String name) {
        return documents.stream().filter(manifest -> kind.equals(manifest.get("kind"))
                        && name.equals(map(manifest.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            node = map(node).get(key);
            assertThat(node).as(String.join(".", keys)).isNotNull();
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<String>) node;
    }
}
