package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	pb "cloud.google.com/go/secretmanager/apiv1/secretmanagerpb"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

// grpcClient serves svc over gRPC on loopback and returns Google's generated client for it.
func grpcClient(t *testing.T, svc *service) pb.SecretManagerServiceClient {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gs := grpc.NewServer()
	pb.RegisterSecretManagerServiceServer(gs, svc)
	go func() { _ = gs.Serve(lis) }()
	t.Cleanup(gs.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return pb.NewSecretManagerServiceClient(conn)
}

func TestGRPCLifecycle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := grpcClient(t, newService(time.Now))
	parent := "projects/p1"

	sec, err := c.CreateSecret(ctx, &pb.CreateSecretRequest{Parent: parent, SecretId: "db", Secret: &pb.Secret{
		Replication: &pb.Replication{Replication: &pb.Replication_Automatic_{Automatic: &pb.Replication_Automatic{}}},
		Labels:      map[string]string{"managed-by": "jeso"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if sec.GetName() != "projects/p1/secrets/db" {
		t.Fatalf("name = %q", sec.GetName())
	}
	if _, err := c.CreateSecret(ctx, &pb.CreateSecretRequest{Parent: parent, SecretId: "db", Secret: sec}); status.Code(err) != codes.AlreadyExists {
		t.Fatalf("duplicate create: %v", err)
	}
	if _, err := c.CreateSecret(ctx, &pb.CreateSecretRequest{Parent: parent, SecretId: "norepl", Secret: &pb.Secret{}}); status.Code(err) != codes.InvalidArgument {
		t.Fatalf("create without replication: %v", err)
	}
	if _, err := c.AccessSecretVersion(ctx, &pb.AccessSecretVersionRequest{Name: sec.GetName() + "/versions/latest"}); status.Code(err) != codes.NotFound {
		t.Fatalf("latest of a secret without versions: %v", err)
	}
	for _, v := range []string{"one", "two"} {
		if _, err := c.AddSecretVersion(ctx, &pb.AddSecretVersionRequest{Parent: sec.GetName(), Payload: &pb.SecretPayload{Data: []byte(v)}}); err != nil {
			t.Fatal(err)
		}
	}
	bad := int64(1)
	if _, err := c.AddSecretVersion(ctx, &pb.AddSecretVersionRequest{Parent: sec.GetName(), Payload: &pb.SecretPayload{Data: []byte("x"), DataCrc32C: &bad}}); status.Code(err) != codes.InvalidArgument {
		t.Fatalf("checksum mismatch: %v", err)
	}
	got, err := c.AccessSecretVersion(ctx, &pb.AccessSecretVersionRequest{Name: sec.GetName() + "/versions/latest"})
	if err != nil || string(got.GetPayload().GetData()) != "two" || got.GetName() != sec.GetName()+"/versions/2" {
		t.Fatalf("access latest: %v %v", got, err)
	}
	if _, err := c.DisableSecretVersion(ctx, &pb.DisableSecretVersionRequest{Name: sec.GetName() + "/versions/1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.AccessSecretVersion(ctx, &pb.AccessSecretVersionRequest{Name: sec.GetName() + "/versions/1"}); status.Code(err) != codes.FailedPrecondition {
		t.Fatalf("access disabled: %v", err)
	}
	if _, err := c.UpdateSecret(ctx, &pb.UpdateSecretRequest{
		Secret:     &pb.Secret{Name: sec.GetName(), VersionAliases: map[string]int64{"stable": 2}},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"version_aliases"}},
	}); err != nil {
		t.Fatal(err)
	}
	if got, err := c.AccessSecretVersion(ctx, &pb.AccessSecretVersionRequest{Name: sec.GetName() + "/versions/stable"}); err != nil || string(got.GetPayload().GetData()) != "two" {
		t.Fatalf("access alias: %v %v", got, err)
	}
	list, err := c.ListSecrets(ctx, &pb.ListSecretsRequest{Parent: parent, Filter: "labels.managed-by=jeso"})
	if err != nil || len(list.GetSecrets()) != 1 {
		t.Fatalf("list by label: %v %v", list, err)
	}
	versions, err := c.ListSecretVersions(ctx, &pb.ListSecretVersionsRequest{Parent: sec.GetName(), Filter: "state:ENABLED"})
	if err != nil || len(versions.GetVersions()) != 1 || !strings.HasSuffix(versions.GetVersions()[0].GetName(), "/2") {
		t.Fatalf("list enabled versions: %v %v", versions, err)
	}
	if _, err := c.DeleteSecret(ctx, &pb.DeleteSecretRequest{Name: sec.GetName()}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetSecret(ctx, &pb.GetSecretRequest{Name: sec.GetName()}); status.Code(err) != codes.NotFound {
		t.Fatalf("get deleted: %v", err)
	}
}

func TestRESTShapes(t *testing.T) {
	srv := httptest.NewServer(newREST(newService(time.Now)))
	defer srv.Close()
	do := func(method, path, body string) (int, map[string]any) {
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	base := "/v1/projects/p1/locations/europe-west1/secrets"
	if code, m := do("POST", base+"?secretId=regional", `{"labels":{"a":"b"}}`); code != 200 || m["name"] != "projects/p1/locations/europe-west1/secrets/regional" {
		t.Fatalf("create regional: %d %v", code, m)
	}
	if code, _ := do("POST", base+"/regional:addVersion", `{"payload":{"data":"aGk="}}`); code != 200 {
		t.Fatalf("addVersion: %d", code)
	}
	code, m := do("GET", base+"/regional/versions/1:access", "")
	payload, _ := m["payload"].(map[string]any)
	if code != 200 || payload["data"] != "aGk=" || payload["dataCrc32c"] == nil {
		t.Fatalf("access: %d %v", code, m)
	}
	code, m = do("GET", base+"/missing", "")
	e, _ := m["error"].(map[string]any)
	if code != 404 || e["status"] != "NOT_FOUND" || e["code"] != float64(404) {
		t.Fatalf("missing: %d %v", code, m)
	}
	if code, _ := do("PATCH", base+"/regional?updateMask=versionAliases", `{"versionAliases":{"cur":"1"}}`); code != 200 {
		t.Fatalf("patch: %d", code)
	}
	if code, _ := do("DELETE", base+"/regional", ""); code != 200 {
		t.Fatalf("delete: %d", code)
	}
}
