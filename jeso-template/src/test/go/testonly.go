package main

import (
	"crypto"
	"crypto/x509"
	"encoding/pem"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// testOnlyFuncs are not ESO functions: jeso's tests use them to check, in Go, values jeso produced that cannot be
// compared byte for byte (random salts, keys, serial numbers).
func testOnlyFuncs() map[string]interface{} {
	return map[string]interface{}{
		"jesoTestBcryptCompare": func(hash, password string) bool {
			return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
		},
		// jesoTestVerifyCert checks a certificate against a CA with Go's x509 (for the DNS name when not empty).
		"jesoTestVerifyCert": func(caPEM, certPEM, dnsName string) string {
			roots := x509.NewCertPool()
			if !roots.AppendCertsFromPEM([]byte(caPEM)) {
				return "bad CA PEM"
			}
			b, _ := pem.Decode([]byte(certPEM))
			if b == nil {
				return "bad cert PEM"
			}
			c, err := x509.ParseCertificate(b.Bytes)
			if err != nil {
				return err.Error()
			}
			_, err = c.Verify(x509.VerifyOptions{Roots: roots, DNSName: dnsName, CurrentTime: time.Now(),
				KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
			if err != nil {
				return err.Error()
			}
			return "ok"
		},
		// jesoTestKeyMatches reports whether a private key PEM (sprig's formats) parses in Go and matches the certificate.
		"jesoTestKeyMatches": func(certPEM, keyPEM string) string {
			b, _ := pem.Decode([]byte(certPEM))
			if b == nil {
				return "bad cert PEM"
			}
			c, err := x509.ParseCertificate(b.Bytes)
			if err != nil {
				return err.Error()
			}
			k, _ := pem.Decode([]byte(keyPEM))
			if k == nil {
				return "bad key PEM"
			}
			var pub interface{ Equal(x crypto.PublicKey) bool }
			switch k.Type {
			case "RSA PRIVATE KEY":
				key, err := x509.ParsePKCS1PrivateKey(k.Bytes)
				if err != nil {
					return err.Error()
				}
				pub = &key.PublicKey
			case "EC PRIVATE KEY":
				key, err := x509.ParseECPrivateKey(k.Bytes)
				if err != nil {
					return err.Error()
				}
				pub = &key.PublicKey
			default:
				return "unexpected key type " + k.Type
			}
			if !pub.Equal(c.PublicKey) {
				return "key does not match"
			}
			return "ok"
		},
	}
}
