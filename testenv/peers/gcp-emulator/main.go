// Command gcp-sm-emulator is a small in-memory Google Cloud Secret Manager (v1) for jeso's tests. It serves the same
// service over gRPC and over REST (the JSON/HTTP mapping of google.cloud.secretmanager.v1), on loopback only, with no
// authentication (any Authorization header is accepted and ignored).
//
// Why jeso has its own: no usable Secret Manager emulator can be installed from the registries this project reaches.
// In November 2026 the Go module proxy answered 403 "not available" for every emulator module we found
// (github.com/blackwell-systems/gcp-secret-manager-emulator and its gcp-emulator*/gcp-iam-emulator siblings,
// github.com/coxley/gsm, github.com/charlesgreen/gsm, github.com/farmisen/gcp-secret-manager-emulator, and a few
// other gcp-emulator repositories); Google's gcloud emulators do not cover Secret Manager; PyPI and npm offer clients,
// not servers. So this is a fake in the sense of ARCHITECTURE.md ("acceptable only where no real implementation can
// be installed"), kept faithful where it is cheap: the request/response messages are Google's generated types from
// cloud.google.com/go/secretmanager/apiv1/secretmanagerpb, REST JSON is protojson (the canonical mapping the real
// REST API uses, e.g. int64 checksums as strings, bytes as base64), errors carry the real gRPC codes and the
// google.rpc JSON error shape, names and aliases resolve as documented ("latest", version aliases, regional
// projects/*/locations/*/secrets/*). If a real emulator becomes installable, replace this program with it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"cloud.google.com/go/secretmanager/apiv1/secretmanagerpb"
	"google.golang.org/grpc"
)

func main() {
	restAddr := flag.String("rest-addr", "127.0.0.1:8085", "REST listen address (host:port)")
	grpcAddr := flag.String("grpc-addr", "127.0.0.1:9095", "gRPC listen address (host:port)")
	flag.Parse()
	log.SetFlags(log.LstdFlags | log.LUTC | log.Lmicroseconds)

	for _, a := range []string{*restAddr, *grpcAddr} {
		if err := requireLoopback(a); err != nil {
			log.Fatal(err)
		}
	}
	svc := newService(time.Now)

	grpcLis, err := net.Listen("tcp", *grpcAddr)
	if err != nil {
		log.Fatalf("grpc listen: %v", err)
	}
	restLis, err := net.Listen("tcp", *restAddr)
	if err != nil {
		log.Fatalf("rest listen: %v", err)
	}
	gs := grpc.NewServer(grpc.UnaryInterceptor(logUnary))
	secretmanagerpb.RegisterSecretManagerServiceServer(gs, svc)
	hs := &http.Server{Handler: logHTTP(newREST(svc)), ReadHeaderTimeout: 10 * time.Second}

	errc := make(chan error, 2)
	go func() { errc <- gs.Serve(grpcLis) }()
	go func() { errc <- hs.Serve(restLis) }()
	log.Printf("gcp-sm-emulator: REST on http://%s, gRPC on %s", restLis.Addr(), grpcLis.Addr())

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	select {
	case s := <-sig:
		log.Printf("gcp-sm-emulator: %v, shutting down", s)
	case err := <-errc:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Printf("gcp-sm-emulator: server error: %v", err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(ctx)
	gs.Stop()
}

func requireLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("bad address %q: %w", addr, err)
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("refusing to listen on %q: loopback addresses only", addr)
	}
	return nil
}

// Access log: method and outcome only, never a payload.
func logUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
	start := time.Now()
	resp, err := h(ctx, req)
	log.Printf("grpc %s %s %s", info.FullMethod, codeOf(err), time.Since(start).Round(time.Microsecond))
	return resp, err
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

func logHTTP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(rec, req)
		log.Printf("rest %s %s %d %s", req.Method, req.URL.Path, rec.code, time.Since(start).Round(time.Microsecond))
	})
}
