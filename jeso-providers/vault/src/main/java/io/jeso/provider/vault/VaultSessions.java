package io.jeso.provider.vault;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.CAProviderType;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultCertAuth;
import io.jeso.api.store.vault.VaultClientTls;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.KeyRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.StoreContext;
import io.jeso.provider.vault.auth.Credentials;
import io.jeso.provider.vault.auth.LoginMethod;
import io.jeso.provider.vault.auth.LoginMethods;
import io.jeso.provider.vault.auth.TokenSession;
import io.jeso.provider.vault.http.Pem;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultTls;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;

/**
 * Builds a {@link VaultSession} from a store's {@code spec.provider.vault}: TLS trust and client
 * certificate, headers, namespace, consistency headers and the login method. It reads only through
 * the store context. Shared by the provider and (later) the VaultDynamicSecret generator, which
 * embeds the same provider block.
 */
public final class VaultSessions {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private VaultSessions() {}

  /** A session for {@code context}; does not log in yet (call {@link VaultSession#token()}). */
  public static VaultSession open(StoreContext<VaultProvider> context, Path ownTokenFile)
      throws SecretProviderException {
    VaultProvider spec = context.providerSpec();
    Credentials credentials = new Credentials(context);
    VaultAuth auth = spec.getAuth();
    LoginMethod method = LoginMethods.from(auth, credentials, ownTokenFile);
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            // Standbys redirect some requests to the active node (307 keeps method and body).
            .followRedirects(HttpClient.Redirect.NORMAL);
    SSLContext tls = tlsContext(spec, context, credentials);
    if (tls != null) {
      builder.sslContext(tls);
    }
    VaultHttp http =
        new VaultHttp(spec.getServer(), builder.build(), settings(spec), context.apiCalls());
    String authNamespace =
        auth == null || auth.getNamespace() == null || auth.getNamespace().isEmpty()
            ? null
            : auth.getNamespace();
    return new VaultSession(http, new TokenSession(method, http, context.clock(), authNamespace));
  }

  static VaultHttp.Settings settings(VaultProvider spec) {
    boolean ryw = Boolean.TRUE.equals(spec.getReadYourWrites());
    boolean forward = Boolean.TRUE.equals(spec.getForwardInconsistent());
    // ESO: either flag turns on read-your-writes; the forwarding header needs both.
    return new VaultHttp.Settings(
        spec.getNamespace() == null || spec.getNamespace().isEmpty() ? null : spec.getNamespace(),
        spec.getHeaders(),
        ryw || forward,
        ryw && forward,
        REQUEST_TIMEOUT);
  }

  private static SSLContext tlsContext(
      VaultProvider spec, StoreContext<VaultProvider> context, Credentials credentials)
      throws SecretProviderException {
    byte[] trusted = trustedCas(spec, context);
    byte[] cert = null;
    byte[] key = null;
    VaultCertAuth certAuth = spec.getAuth() == null ? null : spec.getAuth().getCert();
    VaultClientTls clientTls = spec.getTls();
    if (certAuth != null && LoginMethods.configured(spec.getAuth()).get(0).equals("cert")) {
      // The cert auth method's certificate is the TLS client certificate of every request.
      cert = credentials.bytes(certAuth.getClientCert(), "tls.crt", "auth.cert.clientCert");
      key = credentials.bytes(certAuth.getSecretRef(), "tls.key", "auth.cert.secretRef");
    } else if (clientTls != null
        && clientTls.getCertSecretRef() != null
        && clientTls.getKeySecretRef() != null) {
      cert = credentials.bytes(clientTls.getCertSecretRef(), "tls.crt", "tls.certSecretRef");
      key = credentials.bytes(clientTls.getKeySecretRef(), "tls.key", "tls.keySecretRef");
    }
    try {
      return VaultTls.context(trusted, cert, key);
    } catch (Pem.PemException e) {
      throw new InvalidStoreException(
          "cannot use the TLS settings of the store: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new InvalidStoreException(
          "cannot use the TLS settings of the store (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * The CA bundle to trust: {@code caBundle}, else {@code caProvider}, else null (JDK defaults).
   */
  static byte[] trustedCas(VaultProvider spec, StoreContext<VaultProvider> context)
      throws SecretProviderException {
    if (spec.getCaBundle() != null && !spec.getCaBundle().isBlank()) {
      return decodeBundle(spec.getCaBundle());
    }
    CAProvider ca = spec.getCaProvider();
    if (ca == null) {
      return null;
    }
    if (ca.getName() == null || ca.getName().isEmpty()) {
      throw new InvalidStoreException("spec.provider.vault.caProvider.name is required");
    }
    String key = ca.getKey() == null || ca.getKey().isEmpty() ? "ca.crt" : ca.getKey();
    KeyRef ref = new KeyRef(ca.getName(), key, ca.getNamespace());
    if (ca.getType() == CAProviderType.CONFIG_MAP) {
      return context.references().configMapValue(ref).getBytes(StandardCharsets.UTF_8);
    }
    return context.references().secretValue(ref);
  }

  /**
   * {@code caBundle} is base64 of PEM in the manifest (a {@code []byte} field); jeso-api keeps the
   * base64 text. PEM pasted without base64 is accepted too, since that mistake is common.
   */
  static byte[] decodeBundle(String bundle) throws InvalidStoreException {
    String text = bundle.strip();
    if (text.startsWith("-----BEGIN")) {
      return text.getBytes(StandardCharsets.US_ASCII);
    }
    try {
      return Base64.getMimeDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidStoreException("spec.provider.vault.caBundle is neither base64 nor PEM");
    }
  }
}
