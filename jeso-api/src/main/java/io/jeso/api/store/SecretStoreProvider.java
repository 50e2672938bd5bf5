package io.jeso.api.store;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.azure.AzureKvProvider;
import io.jeso.api.store.fake.FakeProvider;
import io.jeso.api.store.gcp.GcpsmProvider;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.api.store.webhook.WebhookProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one provider a store uses (the schema demands exactly one key). The seven providers jeso
 * implements are typed so that the apiserver validates them and nothing a user writes for them is
 * pruned. Every other ESO provider key (there are 43) is kept verbatim via
 * x-kubernetes-preserve-unknown-fields and lands in additionalProperties, so an ESO manifest for,
 * say, doppler still applies and jeso can answer with a precise "provider not available" condition
 * instead of the apiserver silently dropping the block.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SecretStoreProvider {

  /** AWS Secrets Manager / Parameter Store. */
  private AwsProvider aws;

  /** HashiCorp Vault or OpenBao. */
  private VaultProvider vault;

  /** Google Cloud Secret Manager. */
  private GcpsmProvider gcpsm;

  /** Azure Key Vault. */
  private AzureKvProvider azurekv;

  /** Secrets of another namespace or cluster. */
  private KubernetesProvider kubernetes;

  /** Static data, for tests and demos. */
  private FakeProvider fake;

  /** Any HTTP endpoint. */
  private WebhookProvider webhook;

  /** Providers jeso does not type, by their spec.provider key. */
  @JsonIgnore private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  public AwsProvider getAws() {
    return aws;
  }

  public void setAws(AwsProvider aws) {
    this.aws = aws;
  }

  public SecretStoreProvider withAws(AwsProvider aws) {
    this.aws = aws;
    return this;
  }

  public VaultProvider getVault() {
    return vault;
  }

  public void setVault(VaultProvider vault) {
    this.vault = vault;
  }

  public SecretStoreProvider withVault(VaultProvider vault) {
    this.vault = vault;
    return this;
  }

  public GcpsmProvider getGcpsm() {
    return gcpsm;
  }

  public void setGcpsm(GcpsmProvider gcpsm) {
    this.gcpsm = gcpsm;
  }

  public SecretStoreProvider withGcpsm(GcpsmProvider gcpsm) {
    this.gcpsm = gcpsm;
    return this;
  }

  public AzureKvProvider getAzurekv() {
    return azurekv;
  }

  public void setAzurekv(AzureKvProvider azurekv) {
    this.azurekv = azurekv;
  }

  public SecretStoreProvider withAzurekv(AzureKvProvider azurekv) {
    this.azurekv = azurekv;
    return this;
  }

  public KubernetesProvider getKubernetes() {
    return kubernetes;
  }

  public void setKubernetes(KubernetesProvider kubernetes) {
    this.kubernetes = kubernetes;
  }

  public SecretStoreProvider withKubernetes(KubernetesProvider kubernetes) {
    this.kubernetes = kubernetes;
    return this;
  }

  public FakeProvider getFake() {
    return fake;
  }

  public void setFake(FakeProvider fake) {
    this.fake = fake;
  }

  public SecretStoreProvider withFake(FakeProvider fake) {
    this.fake = fake;
    return this;
  }

  public WebhookProvider getWebhook() {
    return webhook;
  }

  public void setWebhook(WebhookProvider webhook) {
    this.webhook = webhook;
  }

  public SecretStoreProvider withWebhook(WebhookProvider webhook) {
    this.webhook = webhook;
    return this;
  }

  /** Keys this model does not type, kept so that reading and writing an object loses nothing. */
  @JsonIgnore
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  @JsonAnySetter
  public void setAdditionalProperty(String key, Object value) {
    additionalProperties.put(key, value);
  }

  /**
   * The keys set under spec.provider, typed ones first. A valid store has exactly one; jeso reports
   * anything else as an invalid store.
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (aws != null) {
      names.add("aws");
    }
    if (vault != null) {
      names.add("vault");
    }
    if (gcpsm != null) {
      names.add("gcpsm");
    }
    if (azurekv != null) {
      names.add("azurekv");
    }
    if (kubernetes != null) {
      names.add("kubernetes");
    }
    if (fake != null) {
      names.add("fake");
    }
    if (webhook != null) {
      names.add("webhook");
    }
    names.addAll(additionalProperties.keySet());
    return names;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SecretStoreProvider that)) {
      return false;
    }
    return Objects.equals(aws, that.aws)
        && Objects.equals(vault, that.vault)
        && Objects.equals(gcpsm, that.gcpsm)
        && Objects.equals(azurekv, that.azurekv)
        && Objects.equals(kubernetes, that.kubernetes)
        && Objects.equals(fake, that.fake)
        && Objects.equals(webhook, that.webhook)
        && Objects.equals(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        aws, vault, gcpsm, azurekv, kubernetes, fake, webhook, additionalProperties);
  }

  @Override
  public String toString() {
    return "SecretStoreProvider{"
        + "aws="
        + aws
        + ", "
        + "vault="
        + vault
        + ", "
        + "gcpsm="
        + gcpsm
        + ", "
        + "azurekv="
        + azurekv
        + ", "
        + "kubernetes="
        + kubernetes
        + ", "
        + "fake="
        + fake
        + ", "
        + "webhook="
        + webhook
        + ", "
        + "additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }
}
