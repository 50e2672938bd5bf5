package io.jeso.core.sync;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jeso.api.Annotations;
import io.jeso.api.Labels;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.ExternalSecretSpec;
import io.jeso.api.externalsecret.ExternalSecretStatus;
import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.FindName;
import io.jeso.api.externalsecret.FindRef;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.api.externalsecret.StoreKind;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.hash.Hashes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders so that planner tests read like the tables in the reference. */
final class Fixtures {
  static final String NS = "team-a";
  static final String ES_NAME = "db";
  static final String ES_UID = "uid-db";
  static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private Fixtures() {}

  /**
   * An ExternalSecret {@code team-a/db} with one data entry (secretKey k ← remote key remote/k).
   */
  static ExternalSecret es(CreationPolicy creation, DeletionPolicy deletion) {
    ExternalSecret es = new ExternalSecret();
    ObjectMeta meta = new ObjectMeta();
    meta.setName(ES_NAME);
    meta.setNamespace(NS);
    meta.setUid(ES_UID);
    meta.setGeneration(1L);
    es.setMetadata(meta);
    ExternalSecretSpec spec = new ExternalSecretSpec();
    spec.setSecretStoreRef(new SecretStoreRef().withName("store").withKind(StoreKind.SECRET_STORE));
    spec.setRefreshInterval("1h");
    spec.setTarget(
        new ExternalSecretTarget().withCreationPolicy(creation).withDeletionPolicy(deletion));
    spec.setData(new ArrayList<>(List.of(data("k", "remote/k"))));
    es.setSpec(spec);
    return es;
  }

  static ExternalSecret es() {
    return es(CreationPolicy.OWNER, DeletionPolicy.RETAIN);
  }

  static ExternalSecretData data(String secretKey, String remoteKey) {
    return new ExternalSecretData()
        .withSecretKey(secretKey)
        .withRemoteRef(new RemoteRef().withKey(remoteKey));
  }

  static ExternalSecretDataFrom extract(String remoteKey) {
    return new ExternalSecretDataFrom().withExtract(new RemoteRef().withKey(remoteKey));
  }

  static ExternalSecretDataFrom find(String regexp) {
    return new ExternalSecretDataFrom()
        .withFind(new FindRef().withName(new FindName().withRegexp(regexp)));
  }

  /** The status of an ExternalSecret that synced successfully at {@code at}. */
  static ExternalSecret synced(ExternalSecret es, Instant at) {
    SpecView view = new SpecView(es);
    es.setStatus(
        StatusUpdater.done(
            new ExternalSecretStatus(),
            "SecretSynced",
            "secret synced",
            at,
            view.currentResourceVersion()));
    return es;
  }

  static Map<String, byte[]> bytes(String... kv) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  static Map<String, String> text(Map<String, byte[]> in) {
    Map<String, String> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
    return out;
  }

  /** Who controls an existing Secret. */
  enum Owner {
    NONE,
    SELF,
    OTHER_ES,
    DEPLOYMENT;

    List<OwnerRef> refs() {
      return switch (this) {
        case NONE -> List.of();
        case SELF ->
            List.of(
                new OwnerRef(
                    "external-secrets.io/v1", "ExternalSecret", ES_NAME, ES_UID, true, true));
        case OTHER_ES ->
            List.of(
                new OwnerRef(
                    "external-secrets.io/v1", "ExternalSecret", "other", "uid-other", true, true));
        case DEPLOYMENT ->
            List.of(new OwnerRef("apps/v1", "Deployment", "web", "uid-web", true, true));
      };
    }
  }

  /**
   * A Secret as jeso would have written it for {@code data}: managed label, matching data hash, and
   * this ExternalSecret's keys recorded as managed.
   */
  static SecretSnapshot managedSecret(
      Owner owner, Map<String, byte[]> data, Map<String, byte[]> foreign) {
    Map<String, byte[]> all = new HashMap<>(foreign);
    all.putAll(data);
    Map<String, String> labels = new HashMap<>();
    labels.put(Labels.MANAGED, Labels.MANAGED_VALUE);
    if (owner == Owner.SELF) {
      labels.put(Labels.CREATED_BY, Hashes.createdBy(NS, ES_NAME));
    }
    return new SecretSnapshot(
        ES_NAME,
        "uid-secret",
        "Opaque",
        all,
        labels,
        Map.of(Annotations.DATA_HASH, Hashes.dataHash(all)),
        owner.refs(),
        List.of(),
        false,
        new ManagedKeys(data.keySet(), java.util.Set.of(), java.util.Set.of()));
  }

  /** A Secret someone else created: no jeso label or annotation. */
  static SecretSnapshot foreignSecret(Owner owner, Map<String, byte[]> data) {
    return new SecretSnapshot(
        ES_NAME,
        "uid-secret",
        "Opaque",
        data,
        Map.of("team", "x"),
        Map.of(),
        owner.refs(),
        List.of(),
        false,
        ManagedKeys.NONE);
  }
}
