// Command etcd is the etcd server at the version k8s.io/apiserver requires, built from Go modules.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
