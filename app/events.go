package app

import "sync"

// Event names the UI listens for.
const (
	EventShipmentsChanged = "shipments:changed"
	EventFindingsAdded    = "findings:added"
	EventSyncStarted      = "sync:started"
	EventSyncProgress     = "sync:progress"
	EventSyncFinished     = "sync:finished"
	EventSettingsChanged  = "settings:changed"
)

// Event is one message to the UI.
type Event struct {
	Name string `json:"name"`
	Data any    `json:"data,omitempty"`
}

// Events fans application events out to the doors: the desktop forwards them to the webview, the
// browser door streams them over Server-Sent Events. A slow subscriber loses events rather than
// stalling the application (the UI re-reads the store on the next event anyway).
type Events struct {
	mu     sync.Mutex
	subs   map[int]chan Event
	next   int
	closed bool
}

// NewEvents returns an empty hub.
func NewEvents() *Events { return &Events{subs: map[int]chan Event{}} }

// Emit sends an event to every subscriber without blocking.
func (e *Events) Emit(name string, data any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, ch := range e.subs {
		select {
		case ch <- Event{Name: name, Data: data}:
		default:
		}
	}
}

// Subscribe returns a channel of events and a function that ends the subscription. The channel
// is closed when the subscription ends or the hub closes.
func (e *Events) Subscribe() (<-chan Event, func()) {
	e.mu.Lock()
	defer e.mu.Unlock()
	ch := make(chan Event, 64)
	if e.closed {
		close(ch)
		return ch, func() {}
	}
	id := e.next
	e.next++
	e.subs[id] = ch
	return ch, func() {
		e.mu.Lock()
		defer e.mu.Unlock()
		if c, ok := e.subs[id]; ok {
			delete(e.subs, id)
			close(c)
		}
	}
}

// Close ends every subscription.
func (e *Events) Close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.closed = true
	for id, ch := range e.subs {
		delete(e.subs, id)
		close(ch)
	}
}
