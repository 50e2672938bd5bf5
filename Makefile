# jeso: the two commands a new machine needs are `make demo` and `make test`. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export JAVA_HOME := $(shell scripts/java-home)
export MAVEN_OPTS := $(shell JAVA_HOME=$(JAVA_HOME) scripts/maven-opts)
MVN := ./mvnw -B --no-transfer-progress
PEERS ?= all

.PHONY: help
help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

.PHONY: demo
demo: ## Build, start a local control plane, run jeso, sync real secrets and show them
	@scripts/demo

.PHONY: demo-down
demo-down: ## Stop the demo (jeso and the local control plane)
	@testenv/down

.PHONY: test
test: ## Build, start the local control plane and peers, run every test (unit + integration), stop
	@set -o pipefail; trap 'testenv/down' EXIT; \
	  testenv/up $(PEERS) && testenv/peers/smoke && \
	  (cd testenv/peers/gcp-emulator && CGO_ENABLED=0 go test ./...) && \
	  $(MVN) verify

.PHONY: bench
bench: ## Scale benchmark, jeso against the local control plane (ARGS="--n 200", BENCH_*; docs/performance.md)
	@bench/run $(ARGS)

.PHONY: build
build: ## Compile and package without tests
	$(MVN) -DskipTests package

.PHONY: unit
unit: ## Unit tests only (no control plane)
	$(MVN) -DskipITs verify

.PHONY: fmt
fmt: ## Format the Java sources (google-java-format via Spotless)
	$(MVN) -q spotless:apply

.PHONY: testenv-up
testenv-up: ## Start the local control plane and the peers in PEERS (default: all)
	testenv/up $(PEERS)

.PHONY: testenv-down
testenv-down: ## Stop the local control plane and peers
	testenv/down

.PHONY: crds
crds: ## Regenerate deploy/crds/ from the jeso-api model
	$(MVN) -q -pl jeso-api test -Dtest=CrdFilesAreFreshTest -Dcrds.update=true

.PHONY: fuzz-templates
fuzz-templates: ## Differential test of the template engine against Go with a random seed (SEEDS=5 runs)
	@for i in $$(seq $${SEEDS:-5}); do \
	  $(MVN) -q -pl jeso-template test -Dtest=RandomDifferentialTest -Djeso.template.seed=random \
	    -Dspotless.check.skip -Dcheckstyle.skip | grep -E 'random templates|divergence' ; done
