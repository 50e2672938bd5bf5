package io.jeso.core.validation;

import io.jeso.api.Defaults;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.ExternalSecretSpec;
import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.Rewrite;
import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.core.data.GoRegex;
import io.jeso.core.data.InvalidRegexException;
import io.jeso.core.time.GoDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an ExternalSecret before anything is fetched or written: the rules of ESO's admission
 * webhook (which jeso enforces in the controller, because webhooks get disabled at scale) and the
 * mistakes the CRD schema cannot express. ESO's texts are kept where ESO has one. Every problem is
 * reported, not only the first.
 */
public final class ExternalSecretValidator {
  private ExternalSecretValidator() {}

  /**
   * The problems found, each a complete sentence naming the field; empty when the spec is valid.
   */
  public static List<String> validate(ExternalSecretSpec spec) {
    List<String> problems = new ArrayList<>();
    ExternalSecretSpec s = spec == null ? new ExternalSecretSpec() : spec;
    ExternalSecretTarget target =
        s.getTarget() == null ? new ExternalSecretTarget() : s.getTarget();
    List<ExternalSecretData> data = s.getData() == null ? List.of() : s.getData();
    List<ExternalSecretDataFrom> dataFrom = s.getDataFrom() == null ? List.of() : s.getDataFrom();

    policies(target, problems);
    if (data.isEmpty() && dataFrom.isEmpty()) {
      problems.add("either data or dataFrom should be specified");
    }
    problems.addAll(TemplateRules.validate(target));
    for (int i = 0; i < dataFrom.size(); i++) {
      dataFromEntry(i, dataFrom.get(i), problems);
    }
    for (int i = 0; i < data.size(); i++) {
      dataEntry(i, data.get(i), problems);
    }
    duplicateKeys(target, data, problems);
    storeReference(s.getSecretStoreRef(), data, dataFrom, problems);
    refreshInterval(s.getRefreshInterval(), problems);
    return problems;
  }

  private static void policies(ExternalSecretTarget target, List<String> problems) {
    CreationPolicy creation =
        target.getCreationPolicy() == null ? Defaults.CREATION_POLICY : target.getCreationPolicy();
    DeletionPolicy deletion =
        target.getDeletionPolicy() == null ? Defaults.DELETION_POLICY : target.getDeletionPolicy();
    if (deletion == DeletionPolicy.DELETE
        && (creation == CreationPolicy.MERGE
            || creation == CreationPolicy.NONE
            || creation == CreationPolicy.CREATE_OR_MERGE)) {
      problems.add(
          "deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set"
              + " creationPolicy=Owner");
    }
    if (deletion == DeletionPolicy.MERGE && creation == CreationPolicy.NONE) {
      problems.add(
          "deletionPolicy=Merge must not be used with creationPolicy=None. There is no Secret to merge with");
    }
  }

  private static void dataFromEntry(int i, ExternalSecretDataFrom ref, List<String> problems) {
    String path = "spec.dataFrom[" + i + "]";
    boolean generator = ref.getSourceRef() != null && ref.getSourceRef().getGeneratorRef() != null;
    boolean store = ref.getSourceRef() != null && ref.getSourceRef().getStoreRef() != null;
    int kinds =
        (ref.getExtract() != null ? 1 : 0) + (ref.getFind() != null ? 1 : 0) + (generator ? 1 : 0);
    if (kinds > 1) {
      problems.add(path + ": extract, find, or generatorRef cannot be set at the same time");
    }
    if (ref.getExtract() == null && ref.getFind() == null && ref.getSourceRef() == null) {
      problems.add(path + ": either extract, find, or sourceRef must be set to dataFrom");
    }
    if (ref.getSourceRef() != null && !generator && !store) {
      problems.add(
          path + ": generatorRef or storeRef must be set when using sourceRef in dataFrom");
    }
    if (store && !generator && ref.getExtract() == null && ref.getFind() == null) {
      // ESO accepts this and then silently fetches nothing.
      problems.add(
          path + ": sourceRef.storeRef only chooses the store; set extract or find as well");
    }
    if (ref.getFind() != null && ref.getFind().getName() != null) {
      regex(path + ".find.name.regexp", ref.getFind().getName().getRegexp(), problems);
    }
    List<Rewrite> rewrites = ref.getRewrite() == null ? List.of() : ref.getRewrite();
    for (int r = 0; r < rewrites.size(); r++) {
      if (rewrites.get(r).getRegexp() != null) {
        regex(
            path + ".rewrite[" + r + "].regexp.source",
            rewrites.get(r).getRegexp().getSource(),
            problems);
      }
    }
  }

  private static void dataEntry(int i, ExternalSecretData entry, List<String> problems) {
    String path = "spec.data[" + i + "]";
    if (entry.getRemoteRef() == null
        || entry.getRemoteRef().getKey() == null
        || entry.getRemoteRef().getKey().isEmpty()) {
      problems.add(path + ".remoteRef.key must be set");
    }
    if (entry.getSourceRef() != null && entry.getSourceRef().getGeneratorRef() != null) {
      problems.add(
          path
              + ".sourceRef.generatorRef is not supported in data; use dataFrom[].sourceRef.generatorRef");
    }
  }

  /**
   * ESO checks duplicates only with Retain: with Delete or Merge a later entry may stand in for a
   * missing one.
   */
  private static void duplicateKeys(
      ExternalSecretTarget target, List<ExternalSecretData> data, List<String> problems) {
    DeletionPolicy deletion =
        target.getDeletionPolicy() == null ? Defaults.DELETION_POLICY : target.getDeletionPolicy();
    if (deletion != DeletionPolicy.RETAIN) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (ExternalSecretData entry : data) {
      if (entry.getSecretKey() != null && !seen.add(entry.getSecretKey())) {
        problems.add("duplicate secretKey found: " + entry.getSecretKey());
      }
    }
  }

  private static void storeReference(
      SecretStoreRef storeRef,
      List<ExternalSecretData> data,
      List<ExternalSecretDataFrom> dataFrom,
      List<String> problems) {
    boolean hasStore =
        storeRef != null && storeRef.getName() != null && !storeRef.getName().isEmpty();
    if (hasStore) {
      return;
    }
    boolean dataNeedsStore =
        data.stream()
            .anyMatch(d -> d.getSourceRef() == null || d.getSourceRef().getStoreRef() == null);
    boolean dataFromNeedsStore =
        dataFrom.stream()
            .anyMatch(
                d ->
                    d.getSourceRef() == null
                        || (d.getSourceRef().getStoreRef() == null
                            && d.getSourceRef().getGeneratorRef() == null));
    if (dataNeedsStore || dataFromNeedsStore) {
      problems.add(
          "spec.secretStoreRef.name must be set unless every entry names its own sourceRef");
    }
  }

  private static void refreshInterval(String interval, List<String> problems) {
    if (interval == null || interval.isEmpty()) {
      return;
    }
    try {
      GoDuration.parse(interval);
    } catch (IllegalArgumentException e) {
      problems.add("spec.refreshInterval: " + e.getMessage());
    }
  }

  private static void regex(String path, String regex, List<String> problems) {
    if (regex == null || regex.isEmpty()) {
      return;
    }
    try {
      GoRegex.compile(regex);
    } catch (InvalidRegexException e) {
      problems.add(path + ": " + e.getMessage());
    }
  }
}
