// Command genfixtures writes jeso-template/src/test/resources/corpus/eso-crypto.txt: differential cases for ESO's
// PEM, PKCS#12, JWK and RSA functions, with freshly generated test keys and certificates (test material only).
// Run from jeso-template/src/test/go: go run ./genfixtures > ../resources/corpus/eso-crypto.txt
package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strings"
	"time"

	"software.sslmate.com/src/go-pkcs12"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func pemOf(t string, der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: t, Bytes: der}))
}

type issued struct {
	cert *x509.Certificate
	key  crypto.Signer
}

func issue(tpl *x509.Certificate, key crypto.Signer, parent *issued) issued {
	signer := key
	parentCert := tpl
	if parent != nil {
		signer = parent.key
		parentCert = parent.cert
	}
	der := must(x509.CreateCertificate(rand.Reader, tpl, parentCert, key.Public(), signer))
	return issued{must(x509.ParseCertificate(der)), key}
}

func tmpl(cn string, serial int64, ca bool) *x509.Certificate {
	t := &x509.Certificate{
		SerialNumber:          big.NewInt(serial),
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"jeso tests"}},
		NotBefore:             time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2045, 1, 1, 0, 0, 0, 0, time.UTC),
		BasicConstraintsValid: true,
		IsCA:                  ca,
	}
	if ca {
		t.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	} else {
		t.KeyUsage = x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment
	}
	return t
}

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func main() {
	rootKey := must(rsa.GenerateKey(rand.Reader, 2048))
	interKey := must(ecdsa.GenerateKey(elliptic.P384(), rand.Reader))
	leafKey := must(rsa.GenerateKey(rand.Reader, 2048))
	ecKey := must(ecdsa.GenerateKey(elliptic.P256(), rand.Reader))

	root := issue(tmpl("jeso root", 1, true), rootKey, nil)
	inter := issue(tmpl("jeso intermediate", 2, true), interKey, &root)
	lt := tmpl("leaf.example.com", 3, false)
	lt.DNSNames = []string{"leaf.example.com", "www.example.com"}
	lt.IPAddresses = []net.IP{net.ParseIP("10.0.0.1"), net.ParseIP("2001:db8::1")}
	lt.EmailAddresses = []string{"ops@example.com"}
	lt.URIs = []*url.URL{must(url.Parse("spiffe://example.com/app"))}
	leaf := issue(lt, leafKey, &inter)
	ecLeaf := issue(tmpl("ec.example.com", 4, false), ecKey, &inter)

	rootPEM := pemOf("CERTIFICATE", root.cert.Raw)
	interPEM := pemOf("CERTIFICATE", inter.cert.Raw)
	leafPEM := pemOf("CERTIFICATE", leaf.cert.Raw)
	ecLeafPEM := pemOf("CERTIFICATE", ecLeaf.cert.Raw)
	leafKeyPKCS8 := pemOf("PRIVATE KEY", must(x509.MarshalPKCS8PrivateKey(leafKey)))
	leafKeyPKCS1 := pemOf("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(leafKey))
	ecKeyPKCS8 := pemOf("PRIVATE KEY", must(x509.MarshalPKCS8PrivateKey(ecKey)))
	ecKeySEC1 := pemOf("EC PRIVATE KEY", must(x509.MarshalECPrivateKey(ecKey)))

	p12 := must(pkcs12.Modern.Encode(leafKey, leaf.cert, []*x509.Certificate{root.cert, inter.cert}, ""))
	p12pass := must(pkcs12.Modern.Encode(leafKey, leaf.cert, []*x509.Certificate{inter.cert}, "1234"))
	p12legacy := must(pkcs12.LegacyRC2.Encode(ecKey, ecLeaf.cert, nil, "legacy"))
	p12trust := must(pkcs12.Modern.EncodeTrustStore([]*x509.Certificate{root.cert, inter.cert}, ""))

	secret := "s3cr3t-from-provider"
	ctV15 := must(rsa.EncryptPKCS1v15(rand.Reader, &leafKey.PublicKey, []byte(secret)))
	ctSHA1 := must(rsa.EncryptOAEP(sha1.New(), rand.Reader, &leafKey.PublicKey, []byte(secret), nil))
	ctSHA256 := must(rsa.EncryptOAEP(sha256.New(), rand.Reader, &leafKey.PublicKey, []byte(secret), nil))

	leafKey.Precompute()
	rsaJWK := map[string]string{"kty": "RSA", "kid": "k1", "use": "sig",
		"n": b64u(leafKey.N.Bytes()), "e": b64u(big.NewInt(int64(leafKey.E)).Bytes()),
		"d": b64u(leafKey.D.Bytes()), "p": b64u(leafKey.Primes[0].Bytes()), "q": b64u(leafKey.Primes[1].Bytes()),
		"dp": b64u(leafKey.Precomputed.Dp.Bytes()), "dq": b64u(leafKey.Precomputed.Dq.Bytes()),
		"qi": b64u(leafKey.Precomputed.Qinv.Bytes())}
	rsaPubJWK := map[string]string{"kty": "RSA", "n": rsaJWK["n"], "e": rsaJWK["e"]}
	ecJWK := map[string]string{"kty": "EC", "crv": "P-256", "x": b64u(ecKey.X.FillBytes(make([]byte, 32))),
		"y": b64u(ecKey.Y.FillBytes(make([]byte, 32))), "d": b64u(ecKey.D.FillBytes(make([]byte, 32)))}
	edPub, edPriv := must2(ed25519.GenerateKey(rand.Reader))
	edJWK := map[string]string{"kty": "OKP", "crv": "Ed25519", "x": b64u(edPub), "d": b64u(edPriv.Seed())}

	js := func(v interface{}) string { return string(must(json.Marshal(v))) }
	data := map[string]string{
		"bundle":    leafKeyPKCS8 + leafPEM + interPEM,
		"chain":     leafPEM + interPEM + rootPEM,
		"leaf":      leafPEM,
		"root":      rootPEM,
		"key":       leafKeyPKCS8,
		"key1":      leafKeyPKCS1,
		"eccert":    ecLeafPEM,
		"eckey":     ecKeyPKCS8,
		"eckeysec1": ecKeySEC1,
		"p12":       base64.StdEncoding.EncodeToString(p12),
		"p12pass":   base64.StdEncoding.EncodeToString(p12pass),
		"p12legacy": base64.StdEncoding.EncodeToString(p12legacy),
		"p12trust":  base64.StdEncoding.EncodeToString(p12trust),
		"ctv15":     base64.StdEncoding.EncodeToString(ctV15),
		"ctsha1":    base64.StdEncoding.EncodeToString(ctSHA1),
		"ctsha256":  base64.StdEncoding.EncodeToString(ctSHA256),
		"rsajwk":    js(rsaJWK),
		"rsapubjwk": js(rsaPubJWK),
		"ecjwk":     js(ecJWK),
		"edjwk":     js(edJWK),
	}
	d := js(data)
	cases := []struct{ name, tpl string }{
		{"filterPEM-cert", `{{ .bundle | filterPEM "CERTIFICATE" }}`},
		{"filterPEM-key", `{{ .bundle | filterPEM "PRIVATE KEY" }}`},
		{"filterPEM-none", `[{{ .bundle | filterPEM "RSA PRIVATE KEY" }}]`},
		{"filterPEM-garbage", `[{{ "not pem" | filterPEM "CERTIFICATE" }}]`},
		{"filterCertChain-leaf", `{{ .chain | filterPEM "CERTIFICATE" | filterCertChain "leaf" }}`},
		{"filterCertChain-intermediate", `{{ .chain | filterCertChain "intermediate" }}`},
		{"filterCertChain-root", `{{ .chain | filterCertChain "root" }}`},
		{"filterCertChain-bad-type", `{{ .chain | filterCertChain "server" }}`},
		{"certSANs-join", `{{ .chain | filterPEM "CERTIFICATE" | filterCertChain "leaf" | certSANs | join "," }}`},
		{"certSANs-first", `{{ index (.leaf | certSANs) 0 }}`},
		{"certSANs-json", `{{ .leaf | certSANs | toJson }}`},
		{"certSANs-none", `{{ .root | certSANs | len }}`},
		{"certSANs-no-cert", `{{ "x" | certSANs }}`},
		{"pkcs12cert", `{{ .p12 | b64dec | pkcs12cert }}`},
		{"pkcs12key", `{{ .p12 | b64dec | pkcs12key }}`},
		{"pkcs12certPass", `{{ .p12pass | b64dec | pkcs12certPass "1234" }}`},
		{"pkcs12keyPass", `{{ .p12pass | b64dec | pkcs12keyPass "1234" }}`},
		{"pkcs12-wrong-pass", `{{ .p12pass | b64dec | pkcs12certPass "nope" }}`},
		{"pkcs12-garbage", `{{ "garbage" | pkcs12cert }}`},
		{"pkcs12-legacy-ec-key", `{{ .p12legacy | b64dec | pkcs12keyPass "legacy" }}`},
		{"pkcs12-legacy-ec-cert", `{{ .p12legacy | b64dec | pkcs12certPass "legacy" }}`},
		{"pkcs12-truststore", `{{ .p12trust | b64dec | pkcs12cert }}`},
		{"pemToPkcs12-roundtrip-cert", `{{ pemToPkcs12 .leaf .key | b64dec | pkcs12cert }}`},
		{"pemToPkcs12-roundtrip-key", `{{ pemToPkcs12 .leaf .key1 | b64dec | pkcs12key }}`},
		{"pemToPkcs12Pass-roundtrip", `{{ pemToPkcs12Pass .leaf .key "pw" | b64dec | pkcs12certPass "pw" }}`},
		{"fullPemToPkcs12-roundtrip", `{{ fullPemToPkcs12 .chain .key | b64dec | pkcs12cert }}`},
		{"fullPemToPkcs12Pass-roundtrip", `{{ fullPemToPkcs12Pass .chain .key "pw" | b64dec | pkcs12keyPass "pw" }}`},
		{"pemToPkcs12-ec-roundtrip", `{{ pemToPkcs12 .eccert .eckey | b64dec | pkcs12key }}`},
		{"pemToPkcs12-ec-sec1-roundtrip", `{{ pemToPkcs12 .eccert .eckeysec1 | b64dec | pkcs12key }}`},
		{"pemToPkcs12-no-key", `{{ pemToPkcs12 .leaf .leaf }}`},
		{"pemTruststore-roundtrip", `{{ pemTruststoreToPKCS12 .chain | b64dec | pkcs12cert }}`},
		{"pemTruststorePass-roundtrip", `{{ pemTruststoreToPKCS12Pass .chain "pw" | b64dec | pkcs12certPass "pw" }}`},
		{"jwk-rsa-public", `{{ .rsajwk | jwkPublicKeyPem }}`},
		{"jwk-rsa-public-only", `{{ .rsapubjwk | jwkPublicKeyPem }}`},
		{"jwk-rsa-private", `{{ .rsajwk | jwkPrivateKeyPem }}`},
		{"jwk-rsa-private-missing", `{{ .rsapubjwk | jwkPrivateKeyPem }}`},
		{"jwk-ec-public", `{{ .ecjwk | jwkPublicKeyPem }}`},
		{"jwk-ec-private", `{{ .ecjwk | jwkPrivateKeyPem }}`},
		{"jwk-ed25519-public", `{{ .edjwk | jwkPublicKeyPem }}`},
		{"jwk-ed25519-private", `{{ .edjwk | jwkPrivateKeyPem }}`},
		{"jwk-garbage", `{{ "{" | jwkPublicKeyPem }}`},
		{"jwk-unknown-kty", `{{ "{\"kty\":\"oct\",\"k\":\"AA\"}" | jwkPublicKeyPem }}`},
		{"jwk-matches-key", `{{ eq (.rsajwk | jwkPrivateKeyPem) .key }}`},
		{"rsaDecrypt-v15", `{{ rsaDecrypt "None" "SHA1" (.ctv15 | b64dec) .key }}`},
		{"rsaDecrypt-oaep-sha1", `{{ rsaDecrypt "RSA-OAEP" "SHA1" (.ctsha1 | b64dec) .key }}`},
		{"rsaDecrypt-oaep-sha256-pipe", `{{ .key1 | rsaDecrypt "RSA-OAEP" "SHA256" (.ctsha256 | b64dec) }}`},
		{"rsaDecrypt-wrong-hash", `{{ rsaDecrypt "RSA-OAEP" "SHA256" (.ctsha1 | b64dec) .key }}`},
		{"rsaDecrypt-bad-scheme", `{{ rsaDecrypt "PKCS1" "SHA1" (.ctv15 | b64dec) .key }}`},
		{"rsaDecrypt-bad-hash", `{{ rsaDecrypt "RSA-OAEP" "MD5" (.ctv15 | b64dec) .key }}`},
		{"rsaDecrypt-no-key", `{{ rsaDecrypt "None" "SHA1" (.ctv15 | b64dec) .leaf }}`},
	}
	fmt.Println("# ESO's PEM, PKCS#12, JWK and RSA functions; generated by src/test/go/genfixtures (test keys only).")
	fmt.Printf("%%%%%%%% data %s\n", d)
	for _, c := range cases {
		fmt.Printf("=== %s eso\n%s\n", c.name, c.tpl)
	}
	_ = strings.TrimSpace
}

func must2[A, B any](a A, b B, err error) (A, B) {
	if err != nil {
		panic(err)
	}
	return a, b
}
