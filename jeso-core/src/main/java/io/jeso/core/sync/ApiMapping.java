package io.jeso.core.sync;

import io.jeso.api.externalsecret.FindRef;
import io.jeso.api.externalsecret.RewriteMerge;
import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.core.data.ConversionStrategy;
import io.jeso.core.data.DecodingStrategy;
import io.jeso.core.data.NullBytePolicy;
import io.jeso.core.data.Rewrite;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.store.StoreKind;
import io.jeso.core.store.StoreRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns jeso-api model pieces into jeso-core's value types; unset enums become ESO's implicit
 * defaults.
 */
final class ApiMapping {
  private ApiMapping() {}

  static RemoteRef remoteRef(io.jeso.api.externalsecret.RemoteRef ref) {
    return new RemoteRef(
        ref.getKey(),
        ref.getProperty(),
        ref.getVersion(),
        RemoteRef.MetadataPolicy.parse(
            ref.getMetadataPolicy() == null ? null : ref.getMetadataPolicy().value()));
  }

  static FindRequest find(FindRef find) {
    String regexp = find.getName() == null ? null : find.getName().getRegexp();
    return new FindRequest(find.getPath(), regexp, find.getTags());
  }

  /** The store an entry uses: its own sourceRef.storeRef if set, else the ExternalSecret's. */
  static StoreRef store(SecretStoreRef own, SecretStoreRef fallback, String namespace) {
    SecretStoreRef ref = own != null ? own : fallback;
    if (ref == null || ref.getName() == null || ref.getName().isEmpty()) {
      return null;
    }
    StoreKind kind = StoreKind.parse(ref.getKind() == null ? null : ref.getKind().value());
    return new StoreRef(kind, ref.getName(), kind.clusterScoped() ? null : namespace);
  }

  static ConversionStrategy conversion(io.jeso.api.externalsecret.ConversionStrategy s) {
    return ConversionStrategy.parse(s == null ? null : s.value());
  }

  static DecodingStrategy decoding(io.jeso.api.externalsecret.DecodingStrategy s) {
    return DecodingStrategy.parse(s == null ? null : s.value());
  }

  static NullBytePolicy nullBytes(io.jeso.api.externalsecret.NullBytePolicy p) {
    return NullBytePolicy.parse(p == null ? null : p.value());
  }

  static List<Rewrite> rewrites(List<io.jeso.api.externalsecret.Rewrite> rewrites) {
    List<Rewrite> out = new ArrayList<>();
    for (io.jeso.api.externalsecret.Rewrite r :
        rewrites == null ? List.<io.jeso.api.externalsecret.Rewrite>of() : rewrites) {
      if (r.getRegexp() != null) {
        out.add(new Rewrite.Regexp(r.getRegexp().getSource(), r.getRegexp().getTarget()));
      } else if (r.getTransform() != null) {
        out.add(new Rewrite.Transform(r.getTransform().getTemplate()));
      } else if (r.getMerge() != null) {
        out.add(merge(r.getMerge()));
      }
    }
    return out;
  }

  private static Rewrite.Merge merge(RewriteMerge m) {
    return new Rewrite.Merge(
        m.getInto(),
        m.getPriority(),
        Rewrite.PriorityPolicy.parse(
            m.getPriorityPolicy() == null ? null : m.getPriorityPolicy().value()),
        Rewrite.ConflictPolicy.parse(
            m.getConflictPolicy() == null ? null : m.getConflictPolicy().value()),
        Rewrite.MergeStrategy.parse(m.getStrategy() == null ? null : m.getStrategy().value()));
  }
}
