package io.jeso.provider.aws;

import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsSessionTag;
import io.jeso.api.store.aws.SessionTagsPolicy;
import io.jeso.core.store.StoreRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * The STS session tags of the final AssumeRole, as ESO builds them: the store's {@code
 * sessionTags}; with {@code sessionTagsPolicy: Custom} also {@code customSessionTags} (entries with
 * an empty key or value are ignored); with {@code Simple} or {@code Custom} the built-in {@code
 * esoNamespace}, {@code esoStoreName} and {@code esoStoreKind}, which nothing can override. IAM
 * policies use them for attribute-based access control, so the names stay ESO's.
 */
final class SessionTags {
  static final String NAMESPACE = "esoNamespace";
  static final String STORE_NAME = "esoStoreName";
  static final String STORE_KIND = "esoStoreKind";

  private SessionTags() {}

  /**
   * @param actingNamespace the ExternalSecret's namespace, or null while the store is validated
   */
  static List<Tag> of(AwsProvider spec, StoreRef store, String actingNamespace) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (spec.getSessionTags() != null) {
      for (AwsSessionTag tag : spec.getSessionTags()) {
        if (tag != null && tag.getKey() != null) {
          tags.put(tag.getKey(), tag.getValue() == null ? "" : tag.getValue());
        }
      }
    }
    SessionTagsPolicy policy = spec.getSessionTagsPolicy();
    if (policy == SessionTagsPolicy.CUSTOM && spec.getCustomSessionTags() != null) {
      spec.getCustomSessionTags()
          .forEach(
              (k, v) -> {
                if (k != null && !k.isEmpty() && v != null && !v.isEmpty()) {
                  tags.put(k, v);
                }
              });
    }
    if (policy == SessionTagsPolicy.SIMPLE || policy == SessionTagsPolicy.CUSTOM) {
      String namespace = actingNamespace != null ? actingNamespace : store.namespace();
      if (namespace != null && !namespace.isEmpty()) {
        tags.put(NAMESPACE, namespace);
      }
      tags.put(STORE_NAME, store.name());
      tags.put(STORE_KIND, store.kind().kind());
    }
    List<Tag> out = new ArrayList<>();
    tags.forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
    return out;
  }
}
