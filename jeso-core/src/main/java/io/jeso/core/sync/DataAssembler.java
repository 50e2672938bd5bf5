package io.jeso.core.sync;

import io.jeso.api.EventReasons;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.core.data.KeyTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns fetch results into the provider data map, in ESO's order and with ESO's post-processing:
 * dataFrom maps first (later entries win), then data values (which win over dataFrom). A provider
 * "not found" is skipped with a {@code MissingProviderSecret} event unless deletionPolicy is
 * Retain, where it fails the sync, so a vanished remote secret can never silently empty a retained
 * Secret.
 */
final class DataAssembler {
  /**
   * jeso names the data list here; ESO's text says "dataFrom" for data entries too, which misleads.
   */
  static final String MISSING_DATA =
      "secret does not exist at provider using spec.data[%d] (key=%s)";

  static final String MISSING_DATA_FROM =
      "secret does not exist at provider using spec.dataFrom[%d]";

  private DataAssembler() {}

  /** The assembled data, or the first error; plus the events to record either way. */
  record Assembly(
      Map<String, byte[]> data, List<PlannedEvent> events, String error, boolean retryable) {
    boolean failed() {
      return error != null;
    }
  }

  static Assembly assemble(
      SpecView es, FetchPlan plan, FetchResults results, KeyTemplates templates) {
    Map<String, byte[]> data = new LinkedHashMap<>();
    List<PlannedEvent> events = new ArrayList<>();
    boolean missingIsSkipped = es.deletionPolicy() != DeletionPolicy.RETAIN;
    for (FetchItem item : plan.items()) {
      FetchResult result = results.get(item);
      if (result instanceof FetchResult.Missing && missingIsSkipped) {
        events.add(
            PlannedEvent.normal(EventReasons.MISSING_PROVIDER_SECRET, missingMessage(es, item)));
        continue;
      }
      try {
        add(es, item, result, data, templates);
      } catch (ItemFailure f) {
        return new Assembly(Map.of(), events, errorPrefix(es, item) + f.getMessage(), f.retryable);
      }
    }
    return new Assembly(data, events, null, false);
  }

  private static void add(
      SpecView es,
      FetchItem item,
      FetchResult result,
      Map<String, byte[]> data,
      KeyTemplates templates) {
    switch (result) {
      // With Retain a missing remote secret fails the sync; it may come back, so keep looking (with
      // backoff).
      case FetchResult.Missing m -> throw new ItemFailure(m.message(), true);
      case FetchResult.Failed f -> throw new ItemFailure(f.message(), f.retryable());
      case FetchResult.Value v when item.source() == FetchItem.Source.DATA -> {
        ExternalSecretData entry = es.data().get(item.index());
        data.put(entry.getSecretKey(), PostProcessing.value(entry, v.value()));
      }
      case FetchResult.Values v when item.source() == FetchItem.Source.DATA_FROM -> {
        ExternalSecretDataFrom entry = es.dataFrom().get(item.index());
        data.putAll(PostProcessing.map(entry, item.request(), v.values(), templates));
      }
      default ->
          throw new ItemFailure(
              "the provider returned a " + kind(result) + " where it was not expected", true);
    }
  }

  private static String kind(FetchResult result) {
    return result instanceof FetchResult.Value ? "single value" : "map";
  }

  private static String missingMessage(SpecView es, FetchItem item) {
    if (item.source() == FetchItem.Source.DATA_FROM) {
      return String.format(MISSING_DATA_FROM, item.index());
    }
    return String.format(
        MISSING_DATA, item.index(), es.data().get(item.index()).getRemoteRef().getKey());
  }

  /**
   * ESO's wording: "error processing spec.dataFrom[0].find, err: ..." and "spec.data[1] (key: k),
   * err: ...".
   */
  private static String errorPrefix(SpecView es, FetchItem item) {
    if (item.source() == FetchItem.Source.DATA) {
      String key = es.data().get(item.index()).getRemoteRef().getKey();
      return "error processing " + item.path() + " (key: " + key + "), err: ";
    }
    String what =
        switch (item.request()) {
          case FetchRequest.FindSecrets f -> ".find";
          case FetchRequest.GetSecretMap g -> ".extract";
          case FetchRequest.Generate g -> ".sourceRef.generatorRef";
          case FetchRequest.GetSecret g -> "";
        };
    return "error processing " + item.path() + what + ", err: ";
  }

  /** One entry could not be turned into data. */
  static final class ItemFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean retryable;

    ItemFailure(String message, boolean retryable) {
      super(message, null, false, false);
      this.retryable = retryable;
    }
  }
}
