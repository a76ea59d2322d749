package digital

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"sellerdesk/backend/order"
)

// Monitor is what the app keeps between digital runs: the shipments each sync stored since the
// last run (per marketplace), and the last run's report for the screen's head. Safe for
// concurrent use.
type Monitor struct {
	mu       sync.Mutex
	keys     map[order.Marketplace][]string
	last     Report
	lastAt   time.Time
	lastErr  string
	lowStock string
}

// Note remembers shipments a sync stored, for the run at the end of the sync run.
func (m *Monitor) Note(mk order.Marketplace, keys ...[]string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.keys == nil {
		m.keys = map[order.Marketplace][]string{}
	}
	for _, k := range keys {
		m.keys[mk] = append(m.keys[mk], k...)
	}
}

// Take returns and forgets what was noted for mk.
func (m *Monitor) Take(mk order.Marketplace) []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := m.keys[mk]
	delete(m.keys, mk)
	return keys
}

// Record keeps a run's report. It says whether the run changed something (the screens reload)
// and whether the set of low licence-code pools changed (warn once, not after every run).
func (m *Monitor) Record(rep Report, err error, at time.Time) (changed, lowChanged bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.last, m.lastAt, m.lastErr = rep, at, ""
	if err != nil {
		m.lastErr = "디지털 상품 발송을 처리하지 못했습니다. 다음 동기화 때 다시 시도합니다."
	}
	var pools []string
	for _, w := range rep.LowStock {
		pools = append(pools, fmt.Sprintf("%s:%d", w.Product, w.Available))
	}
	low := strings.Join(pools, ",")
	lowChanged = low != m.lowStock && len(rep.LowStock) > 0
	m.lowStock = low
	changed = rep.Planned+rep.Held+rep.Sent+rep.Failed+rep.Unknown+rep.Canceled+rep.Recovered+rep.Market+rep.Confirmed > 0 || rep.Stopped != ""
	return changed, lowChanged
}

// StatusView is the 디지털 발송 screen's head: on or off, the last run, the stock warnings.
type StatusView struct {
	Enabled bool   `json:"enabled"`
	LastRun string `json:"lastRun"` // KST, "" before the first
	// Report is the last run's report; Error says in Korean when it failed.
	Report Report `json:"report"`
	Error  string `json:"error"`
	// Demo: the app runs on the demo's mail catcher (the screen shows the caught mails).
	Demo bool `json:"demo"`
}

// Status is the screen's head with the last run.
func (m *Monitor) Status(enabled, demo bool) StatusView {
	m.mu.Lock()
	defer m.mu.Unlock()
	return StatusView{Enabled: enabled, LastRun: KST(m.lastAt), Report: m.last, Error: m.lastErr, Demo: demo}
}
