package main

import (
	"context"
	"fmt"
	"hash/crc32"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	pb "cloud.google.com/go/secretmanager/apiv1/secretmanagerpb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// service implements pb.SecretManagerServiceServer in memory. The REST handlers call the same methods, so both
// protocols share one behaviour. IAM methods are left unimplemented (codes.Unimplemented).
type service struct {
	pb.UnimplementedSecretManagerServiceServer
	now func() time.Time

	mu      sync.Mutex
	secrets map[string]*entry // by full secret name
	etagSeq int64
}

type entry struct {
	secret   *pb.Secret
	versions []*pb.SecretVersion // versions[i] is version i+1
	payloads [][]byte            // nil once destroyed
}

func newService(now func() time.Time) *service {
	return &service{now: now, secrets: map[string]*entry{}}
}

var (
	reParent    = regexp.MustCompile(`^projects/[^/]+(/locations/[^/]+)?$`)
	reSecret    = regexp.MustCompile(`^(projects/[^/]+(?:/locations/[^/]+)?)/secrets/([^/]+)$`)
	reVersion   = regexp.MustCompile(`^(projects/[^/]+(?:/locations/[^/]+)?/secrets/[^/]+)/versions/([^/]+)$`)
	reSecretID  = regexp.MustCompile(`^[a-zA-Z0-9_-]{1,255}$`)
	reLabelKey  = regexp.MustCompile(`^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$`)
	reLabelVal  = regexp.MustCompile(`^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$`)
	crc32cTable = crc32.MakeTable(crc32.Castagnoli)
)

func (s *service) nextEtag() string {
	s.etagSeq++
	return fmt.Sprintf("\"%x\"", s.now().UnixNano()+s.etagSeq)
}

func notFoundSecret(name string) error {
	return status.Errorf(codes.NotFound, "Secret [%s] not found.", name)
}

func (s *service) lookup(name string) (*entry, error) {
	if !reSecret.MatchString(name) {
		return nil, status.Errorf(codes.InvalidArgument, "Invalid resource field value in the request: name %q", name)
	}
	e, ok := s.secrets[name]
	if !ok {
		return nil, notFoundSecret(name)
	}
	return e, nil
}

// resolveVersion turns .../versions/{number|latest|alias} into the entry and the 1-based version number.
func (s *service) resolveVersion(name string) (*entry, int, error) {
	m := reVersion.FindStringSubmatch(name)
	if m == nil {
		return nil, 0, status.Errorf(codes.InvalidArgument, "Invalid resource field value in the request: name %q", name)
	}
	e, ok := s.secrets[m[1]]
	if !ok {
		return nil, 0, notFoundSecret(m[1])
	}
	v := m[2]
	var n int
	switch {
	case v == "latest":
		n = len(e.versions)
	case isDigits(v):
		n, _ = strconv.Atoi(v)
	default:
		alias, ok := e.secret.GetVersionAliases()[v]
		if !ok {
			return nil, 0, status.Errorf(codes.NotFound, "Secret Version [%s] not found.", name)
		}
		n = int(alias)
	}
	if n < 1 || n > len(e.versions) {
		if v == "latest" {
			return nil, 0, status.Errorf(codes.NotFound, "Secret [%s] not found or has no versions.", m[1])
		}
		return nil, 0, status.Errorf(codes.NotFound, "Secret Version [%s] not found.", name)
	}
	return e, n, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func validateLabels(labels map[string]string) error {
	if len(labels) > 64 {
		return status.Error(codes.InvalidArgument, "a secret may have at most 64 labels")
	}
	for k, v := range labels {
		if !reLabelKey.MatchString(k) || !reLabelVal.MatchString(v) {
			return status.Errorf(codes.InvalidArgument, "invalid label %q=%q: lowercase letters, digits, '_' and '-' only", k, v)
		}
	}
	return nil
}

func (s *service) CreateSecret(_ context.Context, req *pb.CreateSecretRequest) (*pb.Secret, error) {
	m := reParent.FindStringSubmatch(req.GetParent())
	if m == nil {
		return nil, status.Errorf(codes.InvalidArgument, "Invalid resource field value in the request: parent %q", req.GetParent())
	}
	if !reSecretID.MatchString(req.GetSecretId()) {
		return nil, status.Errorf(codes.InvalidArgument, "Invalid secret_id %q: 1-255 of [a-zA-Z0-9_-]", req.GetSecretId())
	}
	in := req.GetSecret()
	if in == nil {
		in = &pb.Secret{}
	}
	regional := m[1] != ""
	if !regional && in.GetReplication() == nil {
		return nil, status.Error(codes.InvalidArgument, "Secret.replication is required.")
	}
	if regional && in.GetReplication() != nil {
		return nil, status.Error(codes.InvalidArgument, "Secret.replication must not be set for regional secrets.")
	}
	if err := validateLabels(in.GetLabels()); err != nil {
		return nil, err
	}
	name := req.GetParent() + "/secrets/" + req.GetSecretId()
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, exists := s.secrets[name]; exists {
		return nil, status.Errorf(codes.AlreadyExists, "Secret [%s] already exists.", name)
	}
	sec := proto.Clone(in).(*pb.Secret)
	sec.Name = name
	sec.CreateTime = timestamppb.New(s.now())
	sec.Etag = s.nextEtag()
	if ttl := sec.GetTtl(); ttl != nil {
		sec.Expiration = &pb.Secret_ExpireTime{ExpireTime: timestamppb.New(s.now().Add(ttl.AsDuration()))}
	}
	s.secrets[name] = &entry{secret: sec}
	return proto.Clone(sec).(*pb.Secret), nil
}

func (s *service) GetSecret(_ context.Context, req *pb.GetSecretRequest) (*pb.Secret, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(req.GetName())
	if err != nil {
		return nil, err
	}
	return proto.Clone(e.secret).(*pb.Secret), nil
}

func (s *service) UpdateSecret(_ context.Context, req *pb.UpdateSecretRequest) (*pb.Secret, error) {
	in := req.GetSecret()
	paths := req.GetUpdateMask().GetPaths()
	if len(paths) == 0 {
		return nil, status.Error(codes.InvalidArgument, "update_mask is required")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(in.GetName())
	if err != nil {
		return nil, err
	}
	if in.GetEtag() != "" && in.GetEtag() != e.secret.GetEtag() {
		return nil, status.Errorf(codes.Aborted, "The etag provided for Secret [%s] does not match the current etag.", in.GetName())
	}
	next := proto.Clone(e.secret).(*pb.Secret)
	for _, p := range paths {
		switch p {
		case "labels":
			if err := validateLabels(in.GetLabels()); err != nil {
				return nil, err
			}
			next.Labels = in.GetLabels()
		case "annotations":
			next.Annotations = in.GetAnnotations()
		case "version_aliases":
			for alias, v := range in.GetVersionAliases() {
				if v < 1 || int(v) > len(e.versions) {
					return nil, status.Errorf(codes.InvalidArgument, "version alias %q points at missing version %d", alias, v)
				}
			}
			next.VersionAliases = in.GetVersionAliases()
		case "topics":
			next.Topics = in.GetTopics()
		case "rotation":
			next.Rotation = in.GetRotation()
		case "expire_time":
			next.Expiration = &pb.Secret_ExpireTime{ExpireTime: in.GetExpireTime()}
		case "ttl":
			if ttl := in.GetTtl(); ttl != nil {
				next.Expiration = &pb.Secret_ExpireTime{ExpireTime: timestamppb.New(s.now().Add(ttl.AsDuration()))}
			} else {
				next.Expiration = nil
			}
		case "version_destroy_ttl":
			next.VersionDestroyTtl = in.GetVersionDestroyTtl()
		default:
			return nil, status.Errorf(codes.InvalidArgument, "update_mask path %q is not supported", p)
		}
	}
	next.Etag = s.nextEtag()
	e.secret = next
	return proto.Clone(next).(*pb.Secret), nil
}

func (s *service) DeleteSecret(_ context.Context, req *pb.DeleteSecretRequest) (*emptypb.Empty, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(req.GetName())
	if err != nil {
		return nil, err
	}
	if req.GetEtag() != "" && req.GetEtag() != e.secret.GetEtag() {
		return nil, status.Errorf(codes.Aborted, "The etag provided for Secret [%s] does not match the current etag.", req.GetName())
	}
	delete(s.secrets, req.GetName())
	return &emptypb.Empty{}, nil
}

func (s *service) ListSecrets(_ context.Context, req *pb.ListSecretsRequest) (*pb.ListSecretsResponse, error) {
	if !reParent.MatchString(req.GetParent()) {
		return nil, status.Errorf(codes.InvalidArgument, "Invalid resource field value in the request: parent %q", req.GetParent())
	}
	match, err := parseSecretFilter(req.GetFilter())
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	var all []*pb.Secret
	prefix := req.GetParent() + "/secrets/"
	for name, e := range s.secrets {
		if strings.HasPrefix(name, prefix) && match(e.secret) {
			all = append(all, proto.Clone(e.secret).(*pb.Secret))
		}
	}
	s.mu.Unlock()
	sort.Slice(all, func(i, j int) bool { return all[i].GetName() < all[j].GetName() })
	from, to, next, err := page(len(all), req.GetPageSize(), req.GetPageToken())
	if err != nil {
		return nil, err
	}
	return &pb.ListSecretsResponse{Secrets: all[from:to], NextPageToken: next, TotalSize: int32(len(all))}, nil
}

// page returns the slice bounds for a page; page tokens are the decimal offset of the next item.
func page(n int, size int32, token string) (int, int, string, error) {
	if size < 0 || size > 25000 {
		return 0, 0, "", status.Error(codes.InvalidArgument, "page_size must be between 0 and 25000")
	}
	if size == 0 {
		size = 25000
	}
	from := 0
	if token != "" {
		var err error
		from, err = strconv.Atoi(token)
		if err != nil || from < 0 || from > n {
			return 0, 0, "", status.Error(codes.InvalidArgument, "invalid page_token")
		}
	}
	to := from + int(size)
	if to >= n {
		return from, n, "", nil
	}
	return from, to, strconv.Itoa(to), nil
}

// parseSecretFilter supports the subset of the List filter syntax that secret-sync tools use: terms joined by
// whitespace or AND, each `labels.KEY=VALUE`, `labels.KEY:VALUE`, `labels.KEY:*` (has the label) or `name:TEXT`
// (the secret id contains TEXT). Anything else is rejected so that a test notices instead of getting everything.
func parseSecretFilter(filter string) (func(*pb.Secret) bool, error) {
	var preds []func(*pb.Secret) bool
	for _, term := range strings.Fields(filter) {
		if term == "AND" {
			continue
		}
		term = strings.Trim(term, `"`)
		switch {
		case strings.HasPrefix(term, "labels."):
			kv := strings.TrimPrefix(term, "labels.")
			i := strings.IndexAny(kv, "=:")
			if i <= 0 {
				return nil, status.Errorf(codes.InvalidArgument, "unsupported filter term %q", term)
			}
			key, op, val := kv[:i], kv[i], strings.Trim(kv[i+1:], `"`)
			preds = append(preds, func(sec *pb.Secret) bool {
				got, ok := sec.GetLabels()[key]
				if op == ':' && val == "*" {
					return ok
				}
				return ok && got == val
			})
		case strings.HasPrefix(term, "name:"):
			text := strings.Trim(strings.TrimPrefix(term, "name:"), `"`)
			preds = append(preds, func(sec *pb.Secret) bool {
				return strings.Contains(sec.GetName()[strings.LastIndex(sec.GetName(), "/")+1:], text)
			})
		default:
			return nil, status.Errorf(codes.InvalidArgument, "unsupported filter term %q", term)
		}
	}
	return func(sec *pb.Secret) bool {
		for _, p := range preds {
			if !p(sec) {
				return false
			}
		}
		return true
	}, nil
}

func (s *service) AddSecretVersion(_ context.Context, req *pb.AddSecretVersionRequest) (*pb.SecretVersion, error) {
	p := req.GetPayload()
	if p == nil {
		return nil, status.Error(codes.InvalidArgument, "payload is required")
	}
	if len(p.GetData()) > 64*1024 {
		return nil, status.Error(codes.InvalidArgument, "Secret payload data must be at most 65536 bytes")
	}
	if p.DataCrc32C != nil && int64(crc32.Checksum(p.GetData(), crc32cTable)) != p.GetDataCrc32C() {
		return nil, status.Error(codes.InvalidArgument, "Checksum mismatch: the data_crc32c field does not match the payload data.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.lookup(req.GetParent())
	if err != nil {
		return nil, err
	}
	n := len(e.versions) + 1
	v := &pb.SecretVersion{
		Name:                           fmt.Sprintf("%s/versions/%d", req.GetParent(), n),
		CreateTime:                     timestamppb.New(s.now()),
		State:                          pb.SecretVersion_ENABLED,
		Etag:                           s.nextEtag(),
		ClientSpecifiedPayloadChecksum: p.DataCrc32C != nil,
	}
	if e.secret.GetReplication().GetAutomatic() != nil {
		v.ReplicationStatus = &pb.ReplicationStatus{
			ReplicationStatus: &pb.ReplicationStatus_Automatic{Automatic: &pb.ReplicationStatus_AutomaticStatus{}},
		}
	}
	e.versions = append(e.versions, v)
	e.payloads = append(e.payloads, append([]byte(nil), p.GetData()...))
	return proto.Clone(v).(*pb.SecretVersion), nil
}

func (s *service) GetSecretVersion(_ context.Context, req *pb.GetSecretVersionRequest) (*pb.SecretVersion, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, n, err := s.resolveVersion(req.GetName())
	if err != nil {
		return nil, err
	}
	return proto.Clone(e.versions[n-1]).(*pb.SecretVersion), nil
}

func (s *service) AccessSecretVersion(_ context.Context, req *pb.AccessSecretVersionRequest) (*pb.AccessSecretVersionResponse, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, n, err := s.resolveVersion(req.GetName())
	if err != nil {
		return nil, err
	}
	v := e.versions[n-1]
	if v.GetState() != pb.SecretVersion_ENABLED {
		return nil, status.Errorf(codes.FailedPrecondition, "Secret Version [%s] is in %s state.", v.GetName(), v.GetState())
	}
	data := append([]byte(nil), e.payloads[n-1]...)
	crc := int64(crc32.Checksum(data, crc32cTable))
	return &pb.AccessSecretVersionResponse{
		Name:    v.GetName(),
		Payload: &pb.SecretPayload{Data: data, DataCrc32C: &crc},
	}, nil
}

func (s *service) ListSecretVersions(_ context.Context, req *pb.ListSecretVersionsRequest) (*pb.ListSecretVersionsResponse, error) {
	var want pb.SecretVersion_State
	switch f := strings.TrimSpace(req.GetFilter()); {
	case f == "":
	case strings.HasPrefix(f, "state:") || strings.HasPrefix(f, "state="):
		v, ok := pb.SecretVersion_State_value[strings.TrimSpace(f[len("state:"):])]
		if !ok {
			return nil, status.Errorf(codes.InvalidArgument, "unsupported filter %q", f)
		}
		want = pb.SecretVersion_State(v)
	default:
		return nil, status.Errorf(codes.InvalidArgument, "unsupported filter %q", f)
	}
	s.mu.Lock()
	e, err := s.lookup(req.GetParent())
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	var all []*pb.SecretVersion
	for i := len(e.versions) - 1; i >= 0; i-- { // newest first, as the real service lists them
		if want == pb.SecretVersion_STATE_UNSPECIFIED || e.versions[i].GetState() == want {
			all = append(all, proto.Clone(e.versions[i]).(*pb.SecretVersion))
		}
	}
	s.mu.Unlock()
	from, to, next, err := page(len(all), req.GetPageSize(), req.GetPageToken())
	if err != nil {
		return nil, err
	}
	return &pb.ListSecretVersionsResponse{Versions: all[from:to], NextPageToken: next, TotalSize: int32(len(all))}, nil
}

func (s *service) setState(name, etag string, to pb.SecretVersion_State) (*pb.SecretVersion, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, n, err := s.resolveVersion(name)
	if err != nil {
		return nil, err
	}
	v := e.versions[n-1]
	if etag != "" && etag != v.GetEtag() {
		return nil, status.Errorf(codes.Aborted, "The etag provided for Secret Version [%s] does not match the current etag.", v.GetName())
	}
	if v.GetState() == pb.SecretVersion_DESTROYED {
		return nil, status.Errorf(codes.FailedPrecondition, "Secret Version [%s] is in DESTROYED state.", v.GetName())
	}
	v.State = to
	v.Etag = s.nextEtag()
	if to == pb.SecretVersion_DESTROYED {
		v.DestroyTime = timestamppb.New(s.now())
		e.payloads[n-1] = nil
	}
	return proto.Clone(v).(*pb.SecretVersion), nil
}

func (s *service) DisableSecretVersion(_ context.Context, req *pb.DisableSecretVersionRequest) (*pb.SecretVersion, error) {
	return s.setState(req.GetName(), req.GetEtag(), pb.SecretVersion_DISABLED)
}

func (s *service) EnableSecretVersion(_ context.Context, req *pb.EnableSecretVersionRequest) (*pb.SecretVersion, error) {
	return s.setState(req.GetName(), req.GetEtag(), pb.SecretVersion_ENABLED)
}

func (s *service) DestroySecretVersion(_ context.Context, req *pb.DestroySecretVersionRequest) (*pb.SecretVersion, error) {
	return s.setState(req.GetName(), req.GetEtag(), pb.SecretVersion_DESTROYED)
}

func codeOf(err error) codes.Code { return status.Code(err) }
