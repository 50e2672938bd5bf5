package io.jeso.provider.vault.http;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS context of one store: which CAs to trust (the store's bundle, or the JDK's
 * defaults) and which client certificate to present (mutual TLS, or Vault's cert auth method).
 */
public final class VaultTls {
  private VaultTls() {}

  /**
   * @param trustedCas PEM CA certificates to trust instead of the JDK defaults, or null
   * @param clientCert PEM client certificate chain, or null
   * @param clientKey PEM private key of {@code clientCert}, or null
   * @return the context, or null when nothing differs from the JDK defaults
   */
  public static SSLContext context(byte[] trustedCas, byte[] clientCert, byte[] clientKey)
      throws Pem.PemException, GeneralSecurityException {
    if (trustedCas == null && clientCert == null) {
      return null;
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers(clientCert, clientKey), trustManagers(trustedCas), null);
    return context;
  }

  private static TrustManager[] trustManagers(byte[] pem)
      throws Pem.PemException, GeneralSecurityException {
    if (pem == null) {
      return null; // the JDK's default trust store
    }
    KeyStore store = emptyStore();
    int i = 0;
    for (X509Certificate cert : Pem.certificates(pem)) {
      store.setCertificateEntry("ca-" + i++, cert);
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    return tmf.getTrustManagers();
  }

  private static KeyManager[] keyManagers(byte[] certPem, byte[] keyPem)
      throws Pem.PemException, GeneralSecurityException {
    if (certPem == null) {
      return null;
    }
    List<X509Certificate> chain = Pem.certificates(certPem);
    PrivateKey key = Pem.privateKey(keyPem);
    KeyStore store = emptyStore();
    char[] password = new char[0];
    store.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    return kmf.getKeyManagers();
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      return store;
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException("cannot create an in-memory key store", e);
    }
  }
}
