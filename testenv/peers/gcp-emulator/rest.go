package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	pb "cloud.google.com/go/secretmanager/apiv1/secretmanagerpb"
	rpccode "google.golang.org/genproto/googleapis/rpc/code"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

// The REST routes of google.cloud.secretmanager.v1.SecretManagerService (its google.api.http rules), for global
// (projects/*) and regional (projects/*/locations/*) resources:
//
//	GET    /v1/{parent}/secrets                       ListSecrets      (pageSize, pageToken, filter)
//	POST   /v1/{parent}/secrets?secretId=ID           CreateSecret     body: Secret
//	GET    /v1/{name=.../secrets/*}                   GetSecret
//	PATCH  /v1/{name=.../secrets/*}?updateMask=...    UpdateSecret     body: Secret
//	DELETE /v1/{name=.../secrets/*}                   DeleteSecret     (etag)
//	POST   /v1/{parent=.../secrets/*}:addVersion      AddSecretVersion body: AddSecretVersionRequest
//	GET    /v1/{parent=.../secrets/*}/versions        ListSecretVersions
//	GET    /v1/{name=.../versions/*}                  GetSecretVersion
//	GET    /v1/{name=.../versions/*}:access           AccessSecretVersion
//	POST   /v1/{name=.../versions/*}:disable|enable|destroy   body: {etag}
var (
	reSecretsCollection  = regexp.MustCompile(`^projects/[^/]+(?:/locations/[^/]+)?/secrets$`)
	reVersionsCollection = regexp.MustCompile(`^(projects/[^/]+(?:/locations/[^/]+)?/secrets/[^/]+)/versions$`)
)

type restAPI struct{ svc *service }

func newREST(svc *service) http.Handler { return &restAPI{svc: svc} }

func (a *restAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if !strings.HasPrefix(path, "/v1/") {
		writeErr(w, status.Errorf(codes.NotFound, "unknown path %q", path))
		return
	}
	path = strings.TrimPrefix(path, "/v1/")
	verb := ""
	if i := strings.LastIndex(path, ":"); i > strings.LastIndex(path, "/") {
		path, verb = path[:i], path[i+1:]
	}
	q := r.URL.Query()
	ctx := r.Context()

	switch {
	case reSecretsCollection.MatchString(path) && verb == "":
		parent := strings.TrimSuffix(path, "/secrets")
		switch r.Method {
		case http.MethodGet:
			size, err := pageSize(q.Get("pageSize"))
			if err != nil {
				writeErr(w, err)
				return
			}
			respond(w, call(a.svc.ListSecrets, ctx, &pb.ListSecretsRequest{
				Parent: parent, PageSize: size, PageToken: q.Get("pageToken"), Filter: q.Get("filter"),
			}))
		case http.MethodPost:
			sec := &pb.Secret{}
			if !readBody(w, r, sec) {
				return
			}
			respond(w, call(a.svc.CreateSecret, ctx, &pb.CreateSecretRequest{Parent: parent, SecretId: q.Get("secretId"), Secret: sec}))
		default:
			methodNotAllowed(w)
		}
	case reSecret.MatchString(path):
		switch {
		case verb == "addVersion" && r.Method == http.MethodPost:
			req := &pb.AddSecretVersionRequest{}
			if !readBody(w, r, req) {
				return
			}
			req.Parent = path
			respond(w, call(a.svc.AddSecretVersion, ctx, req))
		case verb != "":
			writeErr(w, status.Errorf(codes.Unimplemented, "method %q is not implemented by this emulator", verb))
		case r.Method == http.MethodGet:
			respond(w, call(a.svc.GetSecret, ctx, &pb.GetSecretRequest{Name: path}))
		case r.Method == http.MethodPatch:
			sec := &pb.Secret{}
			if !readBody(w, r, sec) {
				return
			}
			sec.Name = path
			respond(w, call(a.svc.UpdateSecret, ctx, &pb.UpdateSecretRequest{Secret: sec, UpdateMask: fieldMask(q.Get("updateMask"))}))
		case r.Method == http.MethodDelete:
			respond(w, call(a.svc.DeleteSecret, ctx, &pb.DeleteSecretRequest{Name: path, Etag: q.Get("etag")}))
		default:
			methodNotAllowed(w)
		}
	case reVersionsCollection.MatchString(path) && verb == "" && r.Method == http.MethodGet:
		size, err := pageSize(q.Get("pageSize"))
		if err != nil {
			writeErr(w, err)
			return
		}
		respond(w, call(a.svc.ListSecretVersions, ctx, &pb.ListSecretVersionsRequest{
			Parent:   reVersionsCollection.FindStringSubmatch(path)[1],
			PageSize: size, PageToken: q.Get("pageToken"), Filter: q.Get("filter"),
		}))
	case reVersion.MatchString(path):
		switch {
		case verb == "" && r.Method == http.MethodGet:
			respond(w, call(a.svc.GetSecretVersion, ctx, &pb.GetSecretVersionRequest{Name: path}))
		case verb == "access" && r.Method == http.MethodGet:
			respond(w, call(a.svc.AccessSecretVersion, ctx, &pb.AccessSecretVersionRequest{Name: path}))
		case (verb == "disable" || verb == "enable" || verb == "destroy") && r.Method == http.MethodPost:
			body := &pb.DisableSecretVersionRequest{} // {name, etag}: the same shape for all three
			if !readBody(w, r, body) {
				return
			}
			switch verb {
			case "disable":
				respond(w, call(a.svc.DisableSecretVersion, ctx, &pb.DisableSecretVersionRequest{Name: path, Etag: body.GetEtag()}))
			case "enable":
				respond(w, call(a.svc.EnableSecretVersion, ctx, &pb.EnableSecretVersionRequest{Name: path, Etag: body.GetEtag()}))
			default:
				respond(w, call(a.svc.DestroySecretVersion, ctx, &pb.DestroySecretVersionRequest{Name: path, Etag: body.GetEtag()}))
			}
		default:
			methodNotAllowed(w)
		}
	default:
		writeErr(w, status.Errorf(codes.NotFound, "unknown path %q", r.URL.Path))
	}
}

func call[Req any, Resp proto.Message](f func(context.Context, Req) (Resp, error), ctx context.Context, req Req) func() (proto.Message, error) {
	return func() (proto.Message, error) { return f(ctx, req) }
}

func respond(w http.ResponseWriter, f func() (proto.Message, error)) {
	msg, err := f()
	if err != nil {
		writeErr(w, err)
		return
	}
	b, err := protojson.MarshalOptions{}.Marshal(msg)
	if err != nil {
		writeErr(w, status.Errorf(codes.Internal, "marshal: %v", err))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	_, _ = w.Write(b)
}

func readBody(w http.ResponseWriter, r *http.Request, into proto.Message) bool {
	b, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		writeErr(w, status.Errorf(codes.InvalidArgument, "read body: %v", err))
		return false
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return true
	}
	if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(b, into); err != nil {
		writeErr(w, status.Errorf(codes.InvalidArgument, "Invalid JSON payload received. %v", err))
		return false
	}
	return true
}

func pageSize(s string) (int32, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, status.Errorf(codes.InvalidArgument, "invalid pageSize %q", s)
	}
	return int32(n), nil
}

// fieldMask parses the REST form of a FieldMask (comma-separated, lowerCamelCase) into snake_case paths.
func fieldMask(s string) *fieldmaskpb.FieldMask {
	if s == "" {
		return nil
	}
	fm := &fieldmaskpb.FieldMask{}
	for _, p := range strings.Split(s, ",") {
		var b strings.Builder
		for _, r := range strings.TrimSpace(p) {
			if unicode.IsUpper(r) {
				b.WriteByte('_')
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
		}
		fm.Paths = append(fm.Paths, b.String())
	}
	return fm
}

var httpStatus = map[codes.Code]int{
	codes.InvalidArgument:    http.StatusBadRequest,
	codes.FailedPrecondition: http.StatusBadRequest,
	codes.OutOfRange:         http.StatusBadRequest,
	codes.Unauthenticated:    http.StatusUnauthorized,
	codes.PermissionDenied:   http.StatusForbidden,
	codes.NotFound:           http.StatusNotFound,
	codes.AlreadyExists:      http.StatusConflict,
	codes.Aborted:            http.StatusConflict,
	codes.ResourceExhausted:  http.StatusTooManyRequests,
	codes.Unimplemented:      http.StatusNotImplemented,
	codes.Unavailable:        http.StatusServiceUnavailable,
}

// writeErr writes the google.rpc error shape that Google REST APIs return.
func writeErr(w http.ResponseWriter, err error) {
	st := status.Convert(err)
	code, ok := httpStatus[st.Code()]
	if !ok {
		code = http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error": map[string]any{"code": code, "message": st.Message(), "status": rpccode.Code(st.Code()).String()},
	})
}

func methodNotAllowed(w http.ResponseWriter) {
	writeErr(w, status.Error(codes.Unimplemented, "HTTP method not supported for this path"))
}
