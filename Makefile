.PHONY: bench

# bench runs the store benchmarks, then the 100k-shipment bench command (Markdown table).
bench:
	go test -run '^$$' -bench . -benchmem ./backend/store/
	go run ./backend/bench
