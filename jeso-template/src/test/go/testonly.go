package main

import "golang.org/x/crypto/bcrypt"

// testOnlyFuncs are not ESO functions: jeso's tests use them to check, in Go, values jeso produced that cannot be
// compared byte for byte (random salts).
func testOnlyFuncs() map[string]interface{} {
	return map[string]interface{}{
		"jesoTestBcryptCompare": func(hash, password string) bool {
			return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
		},
	}
}
