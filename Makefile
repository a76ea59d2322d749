# SellerDesk — every build, test and benchmark starts here.
#   make run     build the app and open the demo (simulated Naver and Coupang, no keys needed)
#   make test    every test: Go (gofmt, vet, race), frontend (typecheck, unit), desktop build +
#                Xvfb smoke test, Windows cross-build, browser test of `serve`
#   make bench   store benchmarks and the 100k-shipment bench table (bench-1m: 100k and 1M)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

WAILS_VERSION := v2.16.0
GOBIN := $(shell go env GOPATH)/bin
WAILS := $(GOBIN)/wails
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
LDFLAGS := -X main.version=$(VERSION) -X main.commit=$(COMMIT)
APT_PACKAGES := build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth x11-apps x11-utils xdotool imagemagick poppler-utils chromium fonts-noto-cjk fonts-noto-color-emoji gnome-keyring dbus-daemon
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := build/bin/sellerdesk

.PHONY: help setup setup-apt setup-go setup-npm bindings frontend build run windows test test-go test-keyring test-fuzz test-frontend test-desktop test-browser test-browser-1m bench bench-1m fmt clean

help:
	@sed -n '2,6p' Makefile | sed 's/^# \{0,1\}//'

## --- set-up (idempotent: a second run is quick) ---
setup: setup-apt setup-go setup-npm

setup-apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "apt: installing $$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

setup-go:
	go mod download
	@if ! $(WAILS) version 2>/dev/null | grep -q '$(WAILS_VERSION)'; then \
	  echo "installing the Wails CLI $(WAILS_VERSION)"; \
	  GOFLAGS= go install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION); \
	fi

# The lockfile is written on Linux; npm's registry mirror here lacks other platforms' optional
# packages, so on another platform `npm ci` can fail with "Missing: @rollup/rollup-…". Then we fall
# back to `npm install`, which resolves the optional packages for this platform.
setup-npm:
	@cd frontend && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund || { echo "npm ci failed: falling back to npm install"; npm install --no-audit --no-fund; }; \
	fi

## --- build ---
# The TypeScript bindings of the Go methods the UI calls (frontend/src/wailsjs), then the page.
# The generator writes its files executable; they are plain sources (mode 644 in git).
bindings: setup-go
	$(WAILS) generate module -tags webkit2_41
	find frontend/src/wailsjs -type f -exec chmod 644 {} +

frontend: setup-npm bindings
	cd frontend && npm run build

# The desktop binary (all doors). Linux needs WebKitGTK 4.1: always the webkit2_41 tag.
build: setup frontend
	$(WAILS) build -s -skipbindings -tags webkit2_41 -trimpath -ldflags "$(LDFLAGS)" -o sellerdesk

windows: setup frontend
	$(WAILS) build -s -skipbindings -platform windows/amd64 -trimpath -ldflags "$(LDFLAGS)" -o sellerdesk.exe

# The demo door by default; `make run ARGS=` opens the window on your own data folder,
# `make run ARGS="demo --serve"` opens the demo in a browser instead.
ARGS ?= demo
run: build
	./$(BIN) $(ARGS)

## --- tests ---
test: setup test-go test-keyring test-fuzz test-frontend test-desktop test-browser
	@echo "all SellerDesk tests passed"

test-go:
	@bad=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$bad" ]; then echo "gofmt wants to change: $$bad"; exit 1; fi
	go vet ./...
	go test -race -count=1 ./...

# The secrets against a real OS credential store (a private GNOME keyring session).
test-keyring:
	scripts/keyring-test.sh

# Every fuzz test for a short time (FUZZTIME each, default 15s; MINTIME bounds minimisation).
test-fuzz:
	scripts/fuzz.sh

test-frontend: setup-npm
	cd frontend && npm run typecheck && npm test

test-desktop: build windows
	@test -s build/bin/sellerdesk.exe || { echo "Windows cross-build produced no sellerdesk.exe"; exit 1; }
	./build/bin/sellerdesk version
	scripts/desktop-smoke.sh $(BIN) build/bin/desktop-smoke.png

test-browser: build
	cd frontend && SELLERDESK_BIN=../$(BIN) npm run e2e

# The board on 1,000,000 shipments in the browser (minutes of seeding: not part of `make test`).
test-browser-1m: build
	cd frontend && SELLERDESK_BIN=../$(BIN) E2E_HUGE=1 E2E_PHASES=huge npm run e2e

## --- benchmarks ---
bench:
	go test -run '^$$' -bench . -benchmem ./backend/store/
	go run ./backend/bench

# The README's store table: 100,000 and 1,000,000 shipments (about ten minutes on two cores).
bench-1m:
	go run ./backend/bench -n 100000,1000000

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html
