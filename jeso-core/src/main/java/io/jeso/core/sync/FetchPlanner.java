package io.jeso.core.sync;

import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.core.store.StoreRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Derives the {@link FetchPlan} from a (validated) ExternalSecret. */
final class FetchPlanner {
  private FetchPlanner() {}

  static FetchPlan plan(SpecView es) {
    List<FetchItem> items = new ArrayList<>();
    List<ExternalSecretDataFrom> dataFrom = es.dataFrom();
    for (int i = 0; i < dataFrom.size(); i++) {
      items.add(dataFromItem(es, i, dataFrom.get(i)));
    }
    List<ExternalSecretData> data = es.data();
    for (int i = 0; i < data.size(); i++) {
      ExternalSecretData entry = data.get(i);
      StoreRef store =
          ApiMapping.store(
              entry.getSourceRef() == null ? null : entry.getSourceRef().getStoreRef(),
              es.spec().getSecretStoreRef(),
              es.namespace());
      items.add(
          new FetchItem(
              FetchItem.Source.DATA,
              i,
              store,
              new FetchRequest.GetSecret(ApiMapping.remoteRef(entry.getRemoteRef()))));
    }
    return new FetchPlan(items, templateObjects(es.template()));
  }

  private static FetchItem dataFromItem(SpecView es, int i, ExternalSecretDataFrom entry) {
    if (entry.getSourceRef() != null && entry.getSourceRef().getGeneratorRef() != null) {
      return new FetchItem(
          FetchItem.Source.DATA_FROM,
          i,
          null,
          new FetchRequest.Generate(entry.getSourceRef().getGeneratorRef()));
    }
    StoreRef store =
        ApiMapping.store(
            entry.getSourceRef() == null ? null : entry.getSourceRef().getStoreRef(),
            es.spec().getSecretStoreRef(),
            es.namespace());
    FetchRequest request =
        entry.getFind() != null
            ? new FetchRequest.FindSecrets(ApiMapping.find(entry.getFind()))
            : new FetchRequest.GetSecretMap(ApiMapping.remoteRef(entry.getExtract()));
    return new FetchItem(FetchItem.Source.DATA_FROM, i, store, request);
  }

  private static List<FetchPlan.TemplateObjectRef> templateObjects(
      ExternalSecretTemplate template) {
    Set<FetchPlan.TemplateObjectRef> refs = new LinkedHashSet<>();
    if (template == null || template.getTemplateFrom() == null) {
      return List.of();
    }
    for (TemplateFrom tf : template.getTemplateFrom()) {
      if (tf.getConfigMap() != null && tf.getConfigMap().getName() != null) {
        refs.add(
            new FetchPlan.TemplateObjectRef(
                FetchPlan.TemplateObjectRef.Kind.CONFIG_MAP, tf.getConfigMap().getName()));
      }
      if (tf.getSecret() != null && tf.getSecret().getName() != null) {
        refs.add(
            new FetchPlan.TemplateObjectRef(
                FetchPlan.TemplateObjectRef.Kind.SECRET, tf.getSecret().getName()));
      }
    }
    return List.copyOf(refs);
  }
}
