package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.store.StoreRef;
import io.jeso.provider.vault.http.VaultResponse.Lease;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the VaultDynamicSecret generator will build on, against OpenBao's database engine and the
 * real PostgreSQL: issue credentials that log in, renew their lease, revoke it (the user is
 * dropped), and see that closing the issuing session revokes what it issued.
 */
@KubeTest(peers = "vault")
class VaultLeasesIT {
  @Test
  void issuesRenewsAndRevokesDatabaseCredentials(
      TestEnv env, KubernetesClient kube, TestNamespace ns) throws Exception {
    VaultAdmin admin = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    String creds = env.get("JESO_VAULT_DB_MOUNT") + "/creds/" + env.get("JESO_VAULT_DB_ROLE");
    String approle = VaultAdmin.unique("approle");
    admin.enableAuth(approle, "approle");
    try {
      String policy = VaultAdmin.unique("db");
      admin.policy(
          policy,
          "path \""
              + creds
              + "\" { capabilities = [\"read\"] }\n"
              + "path \"sys/leases/renew\" { capabilities = [\"update\"] }\n"
              + "path \"sys/leases/revoke\" { capabilities = [\"update\"] }\n");
      String[] ids = admin.appRole(approle, "db", Map.of("token_policies", List.of(policy)));
      Specs.secret(kube, ns.name(), "approle", Map.of("secret-id", ids[1]));
      VaultProvider spec =
          Specs.kv(admin.addr(), null, VaultKvVersion.V2)
              .withAuth(
                  new VaultAuth()
                      .withAppRole(
                          new VaultAppRoleAuth()
                              .withPath(approle)
                              .withRoleId(ids[0])
                              .withSecretRef(Specs.ref("approle", "secret-id"))));
      ItContext ctx =
          ItContext.of(
              StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube));
      Postgres pg = new Postgres(env);

      VaultSession session = VaultSessions.open(ctx, null);
      VaultLeases leases = new VaultLeases(session);
      VaultLeases.Issued first = leases.issue(creds);
      String user = first.data().path("username").asText();
      assertTrue(pg.canLogIn(user, first.data().path("password").asText()));
      assertTrue(first.lease().renewable());
      assertEquals(Duration.ofHours(1), first.lease().duration());

      Lease renewed = leases.renew(first.lease(), Duration.ofHours(2));
      assertEquals(Duration.ofHours(2), renewed.duration());

      leases.revoke(first.lease());
      assertFalse(pg.roleExists(user), "revoking the lease drops the user");

      VaultLeases.Issued second = leases.issue(creds);
      String secondUser = second.data().path("username").asText();
      assertTrue(pg.roleExists(secondUser));
      session.close();
      // Vault revokes a revoked token's leases in the background.
      Await.until(
          "the issuing session's lease to be revoked with its token",
          Duration.ofSeconds(30),
          () -> !pg.roleExistsUnchecked(secondUser));
    } finally {
      admin.disableAuth(approle);
    }
  }

  /** The test's own look at PostgreSQL, as its superuser and as issued users. */
  private record Postgres(TestEnv env) {
    String url() {
      return "jdbc:postgresql://"
          + env.get("JESO_PG_HOST")
          + ":"
          + env.get("JESO_PG_PORT")
          + "/"
          + env.get("JESO_PG_DB");
    }

    boolean canLogIn(String user, String password) {
      try (Connection c = DriverManager.getConnection(url(), user, password)) {
        return c.isValid(5);
      } catch (SQLException e) {
        return false;
      }
    }

    boolean roleExistsUnchecked(String role) {
      try {
        return roleExists(role);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot query pg_roles", e);
      }
    }

    boolean roleExists(String role) throws SQLException {
      try (Connection c =
              DriverManager.getConnection(
                  url(), env.get("JESO_PG_USER"), env.get("JESO_PG_PASSWORD"));
          PreparedStatement q = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
        q.setString(1, role);
        try (ResultSet r = q.executeQuery()) {
          return r.next();
        }
      }
    }
  }
}
