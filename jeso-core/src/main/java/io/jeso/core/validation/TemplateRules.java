package io.jeso.core.validation;

import io.jeso.api.TemplateTargets;
import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Template restrictions that keep an ExternalSecret from writing more than a Secret's data and
 * metadata (ESO's {@code ValidateSecretTemplate} and generic-target rules), enforced in the
 * controller as well.
 */
public final class TemplateRules {
  static final String SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token";
  static final String SERVICE_ACCOUNT_NAME = "kubernetes.io/service-account.name";
  static final String BOOTSTRAP_TOKEN = "bootstrap.kubernetes.io/token";

  private TemplateRules() {}

  /** Problems with {@code spec.target} templates and manifests; empty when fine. */
  public static List<String> validate(ExternalSecretTarget target) {
    List<String> problems = new ArrayList<>();
    if (target.getManifest() != null
        && !("v1".equals(target.getManifest().getApiVersion())
            && "Secret".equals(target.getManifest().getKind()))) {
      problems.add(
          "spec.target.manifest: generic targets ("
              + target.getManifest().getApiVersion()
              + " "
              + target.getManifest().getKind()
              + ") are not supported by jeso; only Secret targets are");
    }
    ExternalSecretTemplate tpl = target.getTemplate();
    if (tpl == null) {
      return problems;
    }
    privileged(tpl, problems);
    List<TemplateFrom> from = tpl.getTemplateFrom() == null ? List.of() : tpl.getTemplateFrom();
    for (TemplateFrom tf : from) {
      String t = tf.getTarget();
      if (t == null
          || t.isEmpty()
          || t.equalsIgnoreCase(TemplateTargets.DATA)
          || t.equalsIgnoreCase(TemplateTargets.ANNOTATIONS)
          || t.equalsIgnoreCase(TemplateTargets.LABELS)) {
        continue;
      }
      problems.add(
          "templateFrom target=\""
              + t
              + "\" is not allowed when targeting a Secret, must be one of \"Data\", \"Annotations\" or"
              + " \"Labels\"");
    }
    return problems;
  }

  /** Templates that would make Kubernetes mint credentials beyond the user's RBAC. */
  private static void privileged(ExternalSecretTemplate tpl, List<String> problems) {
    String type = tpl.getType() == null ? "" : tpl.getType();
    if (type.equals(BOOTSTRAP_TOKEN)) {
      problems.add("template.type=\"" + BOOTSTRAP_TOKEN + "\" is not allowed");
    }
    if (!type.equals(SERVICE_ACCOUNT_TOKEN)) {
      return;
    }
    Map<String, String> annotations =
        tpl.getMetadata() == null || tpl.getMetadata().getAnnotations() == null
            ? Map.of()
            : tpl.getMetadata().getAnnotations();
    if (annotations.containsKey(SERVICE_ACCOUNT_NAME)) {
      problems.add(
          "template.type=\""
              + SERVICE_ACCOUNT_TOKEN
              + "\" with annotation \""
              + SERVICE_ACCOUNT_NAME
              + "\" is not allowed");
    }
    List<TemplateFrom> from = tpl.getTemplateFrom() == null ? List.of() : tpl.getTemplateFrom();
    for (TemplateFrom tf : from) {
      if (TemplateTargets.ANNOTATIONS.equalsIgnoreCase(tf.getTarget())) {
        problems.add(
            "template.type=\""
                + SERVICE_ACCOUNT_TOKEN
                + "\" with templateFrom target=\"Annotations\" is not allowed");
        break;
      }
    }
  }
}
