# Creates the control plane's PKI under $RUN/pki with openssl: a CA, the apiserver serving certificate, an admin
# client certificate (group system:masters) and the service-account signing key pair. Sourced by up.
make_pki() {
  local d="$RUN/pki"
  mkdir -p "$d"
  [[ -f "$d/.complete" ]] && return 0
  (
    cd "$d"
    openssl ecparam -name prime256v1 -genkey -noout -out ca.key
    openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/CN=jeso-testenv-ca" -out ca.crt \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    sign() { # name subject extensions
      openssl ecparam -name prime256v1 -genkey -noout -out "$1.key"
      openssl req -new -key "$1.key" -subj "$2" -out "$1.csr"
      openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
        -extfile <(printf '%s\n' "$3") -out "$1.crt" 2>/dev/null
      rm -f "$1.csr"
    }
    sign apiserver "/CN=kube-apiserver" "$(printf '%s\n%s' \
      "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:10.0.0.1" \
      "extendedKeyUsage=serverAuth")"
    sign admin "/O=system:masters/CN=jeso-admin" "extendedKeyUsage=clientAuth"
    openssl genrsa -out sa.key 2048 2>/dev/null
    openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
    touch .complete
  )
}
