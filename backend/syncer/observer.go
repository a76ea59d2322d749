package syncer

import "sellerdesk/backend/order"

// Progress is how far a run is, for the progress line.
type Progress struct {
	Market order.Marketplace `json:"market"`
	// Phase is what the run is reading now: "feed", "details", a Coupang status, "claims".
	Phase string `json:"phase"`
	// Fetched is how many shipments the run has read so far.
	Fetched int `json:"fetched"`
	Added   int `json:"added"`
	Changed int `json:"changed"`
	Calls   int `json:"calls"`
}

// NewFinding is a finding the checks raised during a sync.
type NewFinding struct {
	ShipmentKey string            `json:"shipmentKey"`
	Code        order.FindingCode `json:"code"`
	Severity    order.Severity    `json:"severity"`
	Message     string            `json:"message"`
}

// Observer hears what the engine does. Calls come from the sync goroutines and must not block.
type Observer interface {
	SyncStarted(m order.Marketplace)
	SyncProgress(p Progress)
	SyncFinished(r Result)
	// ShipmentsChanged is called after a commit with the keys added and changed by it.
	ShipmentsChanged(m order.Marketplace, added, changed []string)
	// FindingsAdded is called after a commit with the findings it raised.
	FindingsAdded(f []NewFinding)
}

type nopObserver struct{}

func (nopObserver) SyncStarted(order.Marketplace)                          {}
func (nopObserver) SyncProgress(Progress)                                  {}
func (nopObserver) SyncFinished(Result)                                    {}
func (nopObserver) ShipmentsChanged(order.Marketplace, []string, []string) {}
func (nopObserver) FindingsAdded([]NewFinding)                             {}
