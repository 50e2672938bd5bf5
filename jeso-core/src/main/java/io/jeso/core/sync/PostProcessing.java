package io.jeso.core.sync;

import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.FindRef;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.core.data.ConversionStrategy;
import io.jeso.core.data.DecodingStrategy;
import io.jeso.core.data.KeyCollisionException;
import io.jeso.core.data.KeyTemplates;
import io.jeso.core.data.NullBytePolicy;
import io.jeso.core.data.Rewrite;
import io.jeso.core.data.Rewrites;
import io.jeso.core.data.SecretKeys;
import java.util.List;
import java.util.Map;

/**
 * What happens to fetched values before they are merged, per entry kind, in ESO's order:
 *
 * <ul>
 *   <li>{@code data[]}: decode, then the null-byte check.
 *   <li>{@code dataFrom[].extract} and {@code find}: rewrite (or, without rewrites, key
 *       conversion), key validation (empty keys dropped), decode, null-byte check.
 *   <li>generators: rewrite, key validation.
 * </ul>
 *
 * Failures are {@link DataAssembler.ItemFailure}s with ESO's texts.
 */
final class PostProcessing {
  private PostProcessing() {}

  static byte[] value(ExternalSecretData entry, byte[] value) {
    RemoteRef ref = entry.getRemoteRef();
    DecodingStrategy decoding = ApiMapping.decoding(ref.getDecodingStrategy());
    byte[] decoded;
    try {
      decoded = decoding.decode(value);
    } catch (IllegalArgumentException e) {
      throw failure(
          "error applying decoding strategy "
              + decoding.apiValue()
              + " to data: "
              + e.getMessage());
    }
    try {
      ApiMapping.nullBytes(ref.getNullBytePolicy()).check(entry.getSecretKey(), decoded);
    } catch (NullBytePolicy.NullByteException e) {
      throw failure(e.getMessage());
    }
    return decoded;
  }

  static Map<String, byte[]> map(
      ExternalSecretDataFrom entry,
      FetchRequest request,
      Map<String, byte[]> fetched,
      KeyTemplates templates) {
    List<Rewrite> rewrites = ApiMapping.rewrites(entry.getRewrite());
    Map<String, byte[]> out = rewrite(rewrites, fetched, templates);
    if (request instanceof FetchRequest.Generate) {
      return validKeys(out);
    }
    Options options = Options.of(entry);
    if (rewrites.isEmpty()) {
      try {
        out = options.conversion.convertKeys(out);
      } catch (KeyCollisionException e) {
        throw failure(
            "error applying conversion strategy "
                + options.conversionName()
                + " to keys: "
                + e.getMessage());
      }
    }
    out = validKeys(out);
    try {
      out = options.decoding.decodeAll(out);
    } catch (IllegalArgumentException e) {
      throw failure(
          "error applying decoding strategy "
              + options.decoding.apiValue()
              + " to data: "
              + e.getMessage());
    }
    try {
      options.nullBytes.checkAll(out);
    } catch (NullBytePolicy.NullByteException e) {
      throw failure(e.getMessage());
    }
    return out;
  }

  private static Map<String, byte[]> rewrite(
      List<Rewrite> rewrites, Map<String, byte[]> in, KeyTemplates templates) {
    try {
      return Rewrites.apply(rewrites, in, templates);
    } catch (IllegalArgumentException e) {
      throw failure("error applying rewrite to keys: " + e.getMessage());
    }
  }

  private static Map<String, byte[]> validKeys(Map<String, byte[]> in) {
    try {
      return SecretKeys.validate(in);
    } catch (IllegalArgumentException e) {
      throw failure(e.getMessage());
    }
  }

  private static DataAssembler.ItemFailure failure(String message) {
    // Data-shaped problems can be fixed remotely as well as in the spec: retry with backoff, like
    // ESO.
    return new DataAssembler.ItemFailure(message, true);
  }

  /** The key and value options of an extract or find entry. */
  private record Options(
      ConversionStrategy conversion,
      DecodingStrategy decoding,
      NullBytePolicy nullBytes,
      String rawConversion) {
    static Options of(ExternalSecretDataFrom entry) {
      if (entry.getFind() != null) {
        FindRef f = entry.getFind();
        return new Options(
            ApiMapping.conversion(f.getConversionStrategy()),
            ApiMapping.decoding(f.getDecodingStrategy()),
            ApiMapping.nullBytes(f.getNullBytePolicy()),
            f.getConversionStrategy() == null ? "" : f.getConversionStrategy().value());
      }
      RemoteRef r = entry.getExtract();
      return new Options(
          ApiMapping.conversion(r.getConversionStrategy()),
          ApiMapping.decoding(r.getDecodingStrategy()),
          ApiMapping.nullBytes(r.getNullBytePolicy()),
          r.getConversionStrategy() == null ? "" : r.getConversionStrategy().value());
    }

    String conversionName() {
      return rawConversion;
    }
  }
}
