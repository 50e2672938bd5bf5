package io.jeso.operator.it;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.testkit.TestEnv;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One test's own slice of OpenBao's database engine: a database role with short TTLs (its 8-letter
 * name is part of every user it creates, so its users can be counted), a policy to issue, renew and
 * revoke, and a Kubernetes auth role bound to a ServiceAccount of the test namespace.
 */
final class DynamicDb implements AutoCloseable {
  final String role;
  final String namespace;
  final String serviceAccount;

  /**
   * The generators' controller class: this test's jeso only, not other test runs' on the shared
   * plane.
   */
  final String controller;

  final Bao bao;
  final Postgres pg;

  private DynamicDb(
      String role,
      String namespace,
      String serviceAccount,
      String controller,
      Bao bao,
      Postgres pg) {
    this.role = role;
    this.controller = controller;
    this.namespace = namespace;
    this.serviceAccount = serviceAccount;
    this.bao = bao;
    this.pg = pg;
  }

  /**
   * @param role the database role and Vault names; null for a fresh 8-letter one
   */
  static DynamicDb create(
      TestEnv env,
      KubernetesClient kube,
      String namespace,
      String controller,
      String role,
      String serviceAccount,
      String defaultTtl,
      String maxTtl) {
    String name = role != null ? role : "jg" + UUID.randomUUID().toString().substring(0, 6);
    Bao bao = new Bao(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    String mount = env.get("JESO_VAULT_DB_MOUNT");
    bao.write(
        mount + "/roles/" + name,
        Map.of(
            "db_name",
            env.get("JESO_VAULT_DB_CONNECTION"),
            "default_ttl",
            defaultTtl,
            "max_ttl",
            maxTtl,
            "creation_statements",
            List.of(
                "CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}'"
                    + " VALID UNTIL '{{expiration}}';",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"{{name}}\";")));
    bao.policy(
        name,
        "path \""
            + mount
            + "/creds/"
            + name
            + "\" { capabilities = [\"read\"] }\n"
            + "path \"sys/leases/renew\" { capabilities = [\"update\"] }\n"
            + "path \"sys/leases/revoke\" { capabilities = [\"update\"] }\n");
    bao.write(
        "auth/" + env.get("JESO_VAULT_K8S_AUTH_MOUNT") + "/role/" + name,
        Map.of(
            "bound_service_account_names", List.of(serviceAccount),
            "bound_service_account_namespaces", List.of(namespace),
            "token_policies", List.of(name),
            "token_ttl", "10m"));
    kube.serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName(serviceAccount)
                .endMetadata()
                .build())
        .createOr(r -> r.update());
    return new DynamicDb(name, namespace, serviceAccount, controller, bao, new Postgres(env));
  }

  static DynamicDb create(
      TestEnv env,
      KubernetesClient kube,
      String namespace,
      String controller,
      String defaultTtl,
      String maxTtl) {
    return create(env, kube, namespace, controller, null, "app", defaultTtl, maxTtl);
  }

  /** Gives the logins of this role a short life: {@code ttl}, renewable up to {@code max}. */
  void loginTtl(String ttl, String max) {
    bao.write(
        "auth/kubernetes/role/" + role,
        Map.of(
            "bound_service_account_names", List.of(serviceAccount),
            "bound_service_account_namespaces", List.of(namespace),
            "token_policies", List.of(role),
            "token_ttl", ttl,
            "token_max_ttl", max));
  }

  /**
   * The same generator as a ClusterGenerator (its credentials are read in the ExternalSecret's
   * namespace).
   */
  String clusterGenerator(String name) {
    return """
        apiVersion: generators.external-secrets.io/v1alpha1
        kind: ClusterGenerator
        metadata: {name: %s}
        spec:
          kind: VaultDynamicSecret
          generator:
            vaultDynamicSecretSpec:
              controller: %s
              path: %s
              provider:
                server: %s
                auth:
                  kubernetes:
                    mountPath: kubernetes
                    role: %s
                    serviceAccountRef: {name: %s}
        """
        .formatted(name, controller, credsPath(), bao.addr(), role, serviceAccount);
  }

  String credsPath() {
    return "database/creds/" + role;
  }

  /** A VaultDynamicSecret named {@code name} issuing from this role with Kubernetes auth. */
  String generator(String name) {
    return """
        apiVersion: generators.external-secrets.io/v1alpha1
        kind: VaultDynamicSecret
        metadata: {name: %s}
        spec:
          controller: %s
          path: %s
          provider:
            server: %s
            auth:
              kubernetes:
                mountPath: kubernetes
                role: %s
                serviceAccountRef: {name: %s}
        """
        .formatted(name, controller, credsPath(), bao.addr(), role, serviceAccount);
  }

  /** An ExternalSecret whose Secret {@code name} gets the generator's username and password. */
  static String externalSecret(String name, String generator, String refresh) {
    return externalSecret(name, "VaultDynamicSecret", generator, refresh);
  }

  static String externalSecret(String name, String kind, String generator, String refresh) {
    return """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: %s}
        spec:
          refreshInterval: %s
          target: {name: %s}
          dataFrom:
          - sourceRef:
              generatorRef:
                apiVersion: generators.external-secrets.io/v1alpha1
                kind: %s
                name: %s
        """
        .formatted(name, refresh, name, kind, generator);
  }

  @Override
  public void close() {
    bao.delete("database/roles/" + role);
    bao.delete("sys/policies/acl/" + role);
    bao.delete("auth/kubernetes/role/" + role);
  }
}
