package io.jeso.api;

import io.jeso.api.externalsecret.ConversionStrategy;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DecodingStrategy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.MergeConflictPolicy;
import io.jeso.api.externalsecret.MergePriorityPolicy;
import io.jeso.api.externalsecret.MergeStrategy;
import io.jeso.api.externalsecret.MetadataPolicy;
import io.jeso.api.externalsecret.NullBytePolicy;
import io.jeso.api.externalsecret.RefreshPolicy;
import io.jeso.api.externalsecret.StoreKind;
import io.jeso.api.externalsecret.TemplateMergePolicy;
import io.jeso.api.externalsecret.TemplateScope;

/**
 * ESO's effective value for each field that may be absent from a stored object. Many of them are
 * deliberately not schema defaults (see docs/design/001-crd-schema.md): a default the apiserver
 * injects inside a list item shows up as a permanent GitOps diff, so jeso applies these in code
 * when it reads a null.
 */
public final class Defaults {

  /** spec.refreshInterval; also a schema default. */
  public static final String REFRESH_INTERVAL = "1h0m0s";

  public static final RefreshPolicy REFRESH_POLICY = RefreshPolicy.PERIODIC;
  public static final CreationPolicy CREATION_POLICY = CreationPolicy.OWNER;
  public static final DeletionPolicy DELETION_POLICY = DeletionPolicy.RETAIN;
  public static final StoreKind STORE_KIND = StoreKind.SECRET_STORE;

  public static final ConversionStrategy CONVERSION_STRATEGY = ConversionStrategy.DEFAULT;
  public static final DecodingStrategy DECODING_STRATEGY = DecodingStrategy.NONE;
  public static final MetadataPolicy METADATA_POLICY = MetadataPolicy.NONE;
  public static final NullBytePolicy NULL_BYTE_POLICY = NullBytePolicy.IGNORE;

  public static final TemplateMergePolicy TEMPLATE_MERGE_POLICY = TemplateMergePolicy.REPLACE;
  public static final TemplateScope TEMPLATE_SCOPE = TemplateScope.VALUES;
  public static final String TEMPLATE_TARGET = TemplateTargets.DATA;

  public static final String MERGE_INTO = "";
  public static final MergePriorityPolicy MERGE_PRIORITY_POLICY = MergePriorityPolicy.STRICT;
  public static final MergeConflictPolicy MERGE_CONFLICT_POLICY = MergeConflictPolicy.ERROR;
  public static final MergeStrategy MERGE_STRATEGY = MergeStrategy.EXTRACT;

  /** A store without refreshInterval is re-validated at the controller's store requeue interval. */
  public static final String STORE_REQUEUE_INTERVAL = "5m";

  private Defaults() {}
}
