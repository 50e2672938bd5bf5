package io.jeso.api;

/**
 * The values of templateFrom[].target for Secret targets. A string rather than an enum because
 * generic targets also accept nested paths such as {@code spec.config}.
 */
public final class TemplateTargets {

  public static final String DATA = "Data";
  public static final String ANNOTATIONS = "Annotations";
  public static final String LABELS = "Labels";

  private TemplateTargets() {}
}
