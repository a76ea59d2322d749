// Command e2eseed is a test fixture tool: it fills a SellerDesk data folder with deterministic
// storetest shipments so the browser end-to-end tests (frontend/e2e/run.mjs) can start
// `sellerdesk serve` on a board with rows. It is not part of the product.
//
//	go run ./app/internal/e2eseed -data-dir DIR -n 2000
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func main() {
	dir := flag.String("data-dir", "", "data folder to fill (created if missing)")
	n := flag.Int("n", 2000, "number of shipments")
	seed := flag.Int64("seed", 1, "generator seed")
	flag.Parse()
	if err := fill(context.Background(), *dir, *seed, *n); err != nil {
		fmt.Fprintln(os.Stderr, "e2eseed:", err)
		os.Exit(1)
	}
}

func fill(ctx context.Context, dir string, seed int64, n int) error {
	if dir == "" || n < 0 {
		return fmt.Errorf("need -data-dir and -n >= 0")
	}
	st, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	const batch = 5000
	for start := 0; start < n; start += batch {
		size := min(batch, n-start)
		if _, err := st.Apply(ctx, store.Batch{Records: storetest.Range(seed, start, size)}, nil); err != nil {
			_ = st.Close()
			return fmt.Errorf("apply shipments %d..%d: %w", start, start+size, err)
		}
	}
	if err := st.Close(); err != nil {
		return fmt.Errorf("close: %w", err)
	}
	fmt.Printf("e2eseed: %d shipments in %s\n", n, dir)
	return nil
}
