package main

// Benchmarks of the templates in jeso-template-bench (io.jeso.bench.template.Templates), for docs/templates.md:
//
//	go test -run '^$' -bench . -benchtime 1s -count 3
//
// BenchmarkESO does what ESO does on every sync (runtime/template/v2 execute): build the map[string]string context,
// parse with missingkey=error and the function map, execute, and for KeysAndValues unmarshal the output as YAML into a
// map[string]string. BenchmarkParseExecute is the engine alone, parsing each time; BenchmarkExecute runs a parsed
// template. Keep the texts and data identical to the Java side.

import (
	"bytes"
	"testing"
	"text/template"

	"sigs.k8s.io/yaml"
)

const benchDockerConfigJSON = `{"auths":{"{{ .registry }}":{"username":"{{ .user }}","password":"{{ .pass }}",` +
	`"auth":"{{ printf "%s:%s" .user .pass | b64enc }}"}}}`

const benchConnection = `postgres://{{ .user }}:{{ .pass | urlquery }}@{{ .host }}:{{ .port }}/{{ .db }}?sslmode=require`

const benchKeysAndValues = "{{- range $k, $v := .config | fromJson }}\n" +
	"{{ $k | upper }}: {{ $v | toString | quote }}\n" +
	"{{- end }}\n"

const benchPEM = `{{ .bundle | filterPEM "CERTIFICATE" | b64enc }}`

const benchBundle = `-----BEGIN CERTIFICATE-----
MIIBhDCCASugAwIBAgIUWESvzGl48M2axyGarU+kDa2FwHowCgYIKoZIzj0EAwIw
GDEWMBQGA1UEAwwNYmVuY2guZXhhbXBsZTAeFw0yNjExMjIxMjE4MzNaFw0zNjEx
MTkxMjE4MzNaMBgxFjAUBgNVBAMMDWJlbmNoLmV4YW1wbGUwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAATEH2yIwPVZNq1TT30EML90CiGgsuI4vxqcpfF4cuR9ptaX
rEpbW2z41L2uhds2q/8kcKAorUHtvGYlWA3r4KQfo1MwUTAdBgNVHQ4EFgQU+Fit
jUH64cyIQkhAq8dhJtTFGnIwHwYDVR0jBBgwFoAU+FitjUH64cyIQkhAq8dhJtTF
GnIwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAl9XXMf+PPy1hl
euI0GaL9NYBeSk3YZCfiRZGvnEvXsQIgDxxs9+ltEwhnddE7nwV5YrGoycP23n6u
wE4ieMSVt2Q=
-----END CERTIFICATE-----
-----BEGIN BENCH DATA-----
AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
-----END BENCH DATA-----
`

const benchConfig = `{"host":"db.internal","port":5432,"user":"app","password":"s3cr3t/p@ss",` +
	`"database":"orders","sslmode":"require","pool_min":2,"pool_max":20,"timeout_seconds":30,"debug":false}`

var benchCases = []struct {
	name   string
	text   string
	kvYAML bool
}{
	{"dockerconfigjson", benchDockerConfigJSON, false},
	{"connection", benchConnection, false},
	{"keysAndValues", benchKeysAndValues, true},
	{"pem", benchPEM, false},
}

func benchData() map[string][]byte {
	return map[string][]byte{
		"registry": []byte("registry.example.com"),
		"user":     []byte("app"),
		"pass":     []byte("s3cr3t/p@ss"),
		"host":     []byte("db.internal"),
		"port":     []byte("5432"),
		"db":       []byte("orders"),
		"config":   []byte(benchConfig),
		"bundle":   []byte(benchBundle),
	}
}

var benchFuncs = funcs()

// esoRender is ESO's per-sync work for one template (runtime/template/v2: execute, then mapScopeApply's YAML).
func esoRender(name, text string, data map[string][]byte, kv bool) error {
	str := make(map[string]string, len(data))
	for k, v := range data {
		str[k] = string(v)
	}
	t, err := template.New(name).Option("missingkey=error").Funcs(benchFuncs).Parse(text)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, str); err != nil {
		return err
	}
	if kv {
		out := map[string]string{}
		return yaml.Unmarshal(buf.Bytes(), &out)
	}
	return nil
}

func BenchmarkESO(b *testing.B) {
	data := benchData()
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := esoRender("value", c.text, data, c.kvYAML); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseExecute(b *testing.B) {
	data := benchData()
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := esoRender("value", c.text, data, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkExecute(b *testing.B) {
	str := map[string]string{}
	for k, v := range benchData() {
		str[k] = string(v)
	}
	for _, c := range benchCases {
		t := template.Must(template.New("value").Option("missingkey=error").Funcs(benchFuncs).Parse(c.text))
		b.Run(c.name, func(b *testing.B) {
			var buf bytes.Buffer
			for i := 0; i < b.N; i++ {
				buf.Reset()
				if err := t.Execute(&buf, str); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
