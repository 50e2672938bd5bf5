// jeso's own Secret Manager emulator for the `gcp` peer (see main.go for why it exists). A module of its own, apart
// from testenv/go.mod (the control plane), so that its small dependency set builds in seconds.
module jeso.dev/testenv/peers/gcp-emulator

go 1.26.0

require (
	cloud.google.com/go/secretmanager v1.24.0
	google.golang.org/grpc v1.84.0
	google.golang.org/protobuf v1.36.12
)

require (
	cloud.google.com/go/iam v1.14.0 // indirect
	golang.org/x/net v0.61.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.43.0 // indirect
	// Raised above what secretmanager v1.24.0 asks for: the Go module proxy here refuses that genproto version.
	google.golang.org/genproto v0.0.0-20261019180522-ce908d29299b // indirect
	google.golang.org/genproto/googleapis/api v0.0.0-20261012220534-4341edf3f941 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20261012220534-4341edf3f941
)
