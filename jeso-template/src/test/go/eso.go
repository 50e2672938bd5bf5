package main

import (
	"bytes"
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"hash"
	"math/big"

	"sigs.k8s.io/yaml"
	"software.sslmate.com/src/go-pkcs12"
)

// esoFuncs holds ESO's own template functions, written here from ESO's documentation (function table and
// examples), not from ESO's code. jeso's Java implementation must agree with these.
func esoFuncs() map[string]interface{} {
	return map[string]interface{}{
		"pkcs12key":                 func(in string) (string, error) { return p12keys(in, "") },
		"pkcs12keyPass":             func(pass, in string) (string, error) { return p12keys(in, pass) },
		"pkcs12cert":                func(in string) (string, error) { return p12certs(in, "") },
		"pkcs12certPass":            func(pass, in string) (string, error) { return p12certs(in, pass) },
		"pemToPkcs12":               func(cert, key string) (string, error) { return pemToP12(cert, key, "", false) },
		"pemToPkcs12Pass":           func(cert, key, pass string) (string, error) { return pemToP12(cert, key, pass, false) },
		"fullPemToPkcs12":           func(cert, key string) (string, error) { return pemToP12(cert, key, "", true) },
		"fullPemToPkcs12Pass":       func(cert, key, pass string) (string, error) { return pemToP12(cert, key, pass, true) },
		"pemTruststoreToPKCS12":     func(cert string) (string, error) { return trustStore(cert, "") },
		"pemTruststoreToPKCS12Pass": func(cert, pass string) (string, error) { return trustStore(cert, pass) },
		"filterPEM":                 filterPEM,
		"filterCertChain":           filterCertChain,
		"certSANs":                  certSANs,
		"jwkPublicKeyPem":           jwkPublicKeyPem,
		"jwkPrivateKeyPem":          jwkPrivateKeyPem,
		"rsaDecrypt":                rsaDecrypt,
		"hexdec":                    hexdec,
		"toYaml":                    toYaml,
		"fromYaml":                  fromYaml,
	}
}

func hexdec(s string) string {
	b, err := hex.DecodeString(s)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func toYaml(v interface{}) string {
	b, err := yaml.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

func fromYaml(s string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(s), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func blocks(in string) []*pem.Block {
	var out []*pem.Block
	rest := []byte(in)
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return out
		}
		out = append(out, b)
	}
}

func filterPEM(pemType, in string) string {
	var buf bytes.Buffer
	for _, b := range blocks(in) {
		if b.Type == pemType {
			buf.Write(pem.EncodeToMemory(b))
		}
	}
	return buf.String()
}

func certificates(in string) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	for _, b := range blocks(in) {
		if b.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, errors.New("failed to parse certificate")
		}
		out = append(out, c)
	}
	return out, nil
}

func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawSubject, c.RawIssuer) && c.CheckSignatureFrom(c) == nil
}

func filterCertChain(certType, in string) (string, error) {
	if certType != "leaf" && certType != "intermediate" && certType != "root" {
		return "", fmt.Errorf("unsupported certificate type: %s", certType)
	}
	certs, err := certificates(in)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	for _, c := range certs {
		kind := "leaf"
		if c.IsCA {
			kind = "intermediate"
			if selfSigned(c) {
				kind = "root"
			}
		}
		if kind == certType {
			buf.Write(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
		}
	}
	return buf.String(), nil
}

func certSANs(in string) ([]string, error) {
	certs, err := certificates(in)
	if err != nil {
		return nil, err
	}
	if len(certs) == 0 {
		return nil, errors.New("no certificate found in input")
	}
	c := certs[0]
	out := []string{}
	out = append(out, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		out = append(out, ip.String())
	}
	out = append(out, c.EmailAddresses...)
	for _, u := range c.URIs {
		out = append(out, u.String())
	}
	return out, nil
}

func orderChain(certs []*x509.Certificate) []*x509.Certificate {
	var leaves []*x509.Certificate
	for _, c := range certs {
		issues := false
		for _, o := range certs {
			if o != c && bytes.Equal(o.RawIssuer, c.RawSubject) {
				issues = true
			}
		}
		if !issues {
			leaves = append(leaves, c)
		}
	}
	if len(leaves) != 1 {
		return certs
	}
	var chain []*x509.Certificate
	cur := leaves[0]
	seen := map[*x509.Certificate]bool{}
	for cur != nil && !seen[cur] {
		seen[cur] = true
		chain = append(chain, cur)
		if selfSigned(cur) {
			break
		}
		var next *x509.Certificate
		for _, o := range certs {
			if o != cur && bytes.Equal(o.RawSubject, cur.RawIssuer) {
				next = o
			}
		}
		cur = next
	}
	if len(chain) != len(certs) {
		return certs
	}
	return chain
}

func p12keys(in, pass string) (string, error) {
	key, _, _, err := pkcs12.DecodeChain([]byte(in), pass)
	if err != nil {
		return "", errors.New("unable to decode PKCS#12 archive")
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})), nil
}

func p12certs(in, pass string) (string, error) {
	var certs []*x509.Certificate
	_, leaf, ca, err := pkcs12.DecodeChain([]byte(in), pass)
	if err == nil {
		certs = append([]*x509.Certificate{leaf}, ca...)
	} else {
		certs, err = pkcs12.DecodeTrustStore([]byte(in), pass)
		if err != nil {
			return "", errors.New("unable to decode PKCS#12 archive")
		}
	}
	var buf bytes.Buffer
	for _, c := range orderChain(certs) {
		buf.Write(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
	}
	return buf.String(), nil
}

func privateKey(in string) (interface{}, error) {
	for _, b := range blocks(in) {
		switch b.Type {
		case "PRIVATE KEY":
			return x509.ParsePKCS8PrivateKey(b.Bytes)
		case "RSA PRIVATE KEY":
			return x509.ParsePKCS1PrivateKey(b.Bytes)
		case "EC PRIVATE KEY":
			return x509.ParseECPrivateKey(b.Bytes)
		}
	}
	return nil, errors.New("no private key found in PEM input")
}

func pemToP12(cert, key, pass string, full bool) (string, error) {
	certs, err := certificates(cert)
	if err != nil {
		return "", err
	}
	if len(certs) == 0 {
		return "", errors.New("no certificate found in input")
	}
	k, err := privateKey(key)
	if err != nil {
		return "", err
	}
	var ca []*x509.Certificate
	if full {
		ca = certs[1:]
	}
	der, err := pkcs12.Modern.Encode(k, certs[0], ca, pass)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(der), nil
}

func trustStore(cert, pass string) (string, error) {
	certs, err := certificates(cert)
	if err != nil {
		return "", err
	}
	der, err := pkcs12.Modern.EncodeTrustStore(certs, pass)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(der), nil
}

type jwk struct {
	Kty, Crv, N, E, D, P, Q, X, Y string
}

func (j jwk) num(s string) (*big.Int, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || s == "" {
		return nil, errors.New("bad JWK field")
	}
	return new(big.Int).SetBytes(b), nil
}

func parseJWK(s string) (interface{}, bool, error) {
	var j jwk
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		return nil, false, errors.New("failed to parse JWK")
	}
	switch j.Kty {
	case "RSA":
		n, err1 := j.num(j.N)
		e, err2 := j.num(j.E)
		if err1 != nil || err2 != nil {
			return nil, false, errors.New("bad JWK")
		}
		pub := rsa.PublicKey{N: n, E: int(e.Int64())}
		if j.D == "" {
			return &pub, false, nil
		}
		d, err1 := j.num(j.D)
		p, err2 := j.num(j.P)
		q, err3 := j.num(j.Q)
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, false, errors.New("bad JWK")
		}
		k := &rsa.PrivateKey{PublicKey: pub, D: d, Primes: []*big.Int{p, q}}
		k.Precompute()
		return k, true, nil
	case "EC":
		var c elliptic.Curve
		switch j.Crv {
		case "P-256":
			c = elliptic.P256()
		case "P-384":
			c = elliptic.P384()
		case "P-521":
			c = elliptic.P521()
		default:
			return nil, false, errors.New("unsupported curve")
		}
		x, err1 := j.num(j.X)
		y, err2 := j.num(j.Y)
		if err1 != nil || err2 != nil {
			return nil, false, errors.New("bad JWK")
		}
		pub := ecdsa.PublicKey{Curve: c, X: x, Y: y}
		if j.D == "" {
			return &pub, false, nil
		}
		d, err := j.num(j.D)
		if err != nil {
			return nil, false, err
		}
		return &ecdsa.PrivateKey{PublicKey: pub, D: d}, true, nil
	case "OKP":
		x, err := base64.RawURLEncoding.DecodeString(j.X)
		if err != nil {
			return nil, false, err
		}
		switch j.Crv {
		case "Ed25519":
			if j.D == "" {
				return ed25519.PublicKey(x), false, nil
			}
			d, err := base64.RawURLEncoding.DecodeString(j.D)
			if err != nil || len(d) != ed25519.SeedSize {
				return nil, false, errors.New("bad JWK")
			}
			return ed25519.NewKeyFromSeed(d), true, nil
		case "X25519":
			if j.D == "" {
				k, err := ecdh.X25519().NewPublicKey(x)
				return k, false, err
			}
			d, err := base64.RawURLEncoding.DecodeString(j.D)
			if err != nil {
				return nil, false, err
			}
			k, err := ecdh.X25519().NewPrivateKey(d)
			return k, true, err
		}
	}
	return nil, false, errors.New("unsupported JWK key type")
}

func publicOf(k interface{}) interface{} {
	switch p := k.(type) {
	case *rsa.PrivateKey:
		return &p.PublicKey
	case *ecdsa.PrivateKey:
		return &p.PublicKey
	case ed25519.PrivateKey:
		return p.Public()
	case *ecdh.PrivateKey:
		return p.PublicKey()
	}
	return k
}

func jwkPublicKeyPem(s string) (string, error) {
	k, _, err := parseJWK(s)
	if err != nil {
		return "", err
	}
	der, err := x509.MarshalPKIXPublicKey(publicOf(k))
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})), nil
}

func jwkPrivateKeyPem(s string) (string, error) {
	k, priv, err := parseJWK(s)
	if err != nil {
		return "", err
	}
	if !priv {
		return "", errors.New("JWK is missing field d")
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})), nil
}

func rsaDecrypt(scheme, hashName, ciphertext, keyPEM string) (string, error) {
	k, err := privateKey(keyPEM)
	if err != nil {
		return "", err
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return "", errors.New("no RSA private key found in PEM input")
	}
	switch scheme {
	case "None":
		out, err := rsa.DecryptPKCS1v15(nil, rk, []byte(ciphertext))
		if err != nil {
			return "", errors.New("decryption failed")
		}
		return string(out), nil
	case "RSA-OAEP":
		var h hash.Hash
		switch hashName {
		case "SHA1":
			h = sha1.New()
		case "SHA256":
			h = sha256.New()
		default:
			return "", fmt.Errorf("unsupported hash algorithm: %s", hashName)
		}
		out, err := rsa.DecryptOAEP(h, nil, rk, []byte(ciphertext), nil)
		if err != nil {
			return "", errors.New("decryption failed")
		}
		return string(out), nil
	}
	return "", fmt.Errorf("unsupported decryption scheme: %s", scheme)
}

var _ = crypto.SHA256
