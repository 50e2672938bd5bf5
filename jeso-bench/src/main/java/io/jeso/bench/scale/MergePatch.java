package io.jeso.bench.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One JSON merge patch, one request. fabric8's {@code withName(..).patch(..)} reads the object
 * first (a GET per patch), which would double the benchmark's own load on the API server while it
 * force-syncs thousands of ExternalSecrets.
 */
final class MergePatch {
  private MergePatch() {}

  static void externalSecret(
      KubernetesClient client, String namespace, String name, Map<String, ?> patch)
      throws InterruptedException {
    String url =
        client.getMasterUrl().toString().replaceAll("/$", "")
            + "/apis/external-secrets.io/v1/namespaces/"
            + namespace
            + "/externalsecrets/"
            + name;
    HttpRequest request =
        client
            .getHttpClient()
            .newHttpRequestBuilder()
            .uri(url)
            .method("PATCH", "application/merge-patch+json", Serialization.asJson(patch))
            .build();
    HttpResponse<String> response;
    try {
      response = client.getHttpClient().sendAsync(request, String.class).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new KubernetesClientException(
          "PATCH " + namespace + "/" + name + ": " + e.getClass().getSimpleName());
    }
    if (!response.isSuccessful()) {
      // The body may quote the object; the code is enough.
      throw new KubernetesClientException(
          "PATCH " + namespace + "/" + name + ": HTTP " + response.code(), response.code(), null);
    }
  }
}
