package io.jeso.core.provider;

/**
 * Where a client reports each call it makes to its provider, for the metric {@code
 * externalsecret_provider_api_calls_count{provider,call,status}}. Labels are names, never values:
 * the provider's label as ESO spells it (e.g. {@code AWS/SecretsManager}), the API operation (e.g.
 * {@code GetSecretValue}) and {@code success} or {@code error}.
 */
@FunctionalInterface
public interface ProviderApiCalls {
  ProviderApiCalls NONE = (provider, call, status) -> {};

  String SUCCESS = "success";
  String ERROR = "error";

  void record(String provider, String call, String status);
}
