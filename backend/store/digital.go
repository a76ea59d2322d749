package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// Digital goods: the delivery records of mailed orders and the pools of licence codes. They live
// in one bucket of their own, created by the first write that needs it (a file without it simply
// has no deliveries), so no schema migration is involved.
var (
	bucketDigital     = []byte("digital")
	digitalDeliveries = []byte("deliveries") // shipment key → JSON Delivery
	digitalPools      = []byte("pools")      // pool → {avail: seq → code, used: seq → JSON usedCode, known: code → seq}
	poolAvail         = []byte("avail")
	poolUsed          = []byte("used")
	poolKnown         = []byte("known")
)

// DeliveryState is where a digital delivery stands. The normal path is planned → sending →
// sent; a send that surely failed is failed (tried again a bounded number of times), one whose
// outcome is not known is unknown and is never sent again without the seller.
type DeliveryState string

const (
	// DeliveryHeld waits for the seller (no usable address, too few codes, Coupang, …): Note says why.
	DeliveryHeld DeliveryState = "held"
	// DeliveryPlanned is ready to send: address, codes and mail are fixed.
	DeliveryPlanned DeliveryState = "planned"
	// DeliverySending is being handed to the mail server. Found after a restart, it becomes unknown.
	DeliverySending DeliveryState = "sending"
	// DeliverySent was accepted by the mail server.
	DeliverySent DeliveryState = "sent"
	// DeliveryFailed surely did not leave (refused, no connection): retried while attempts remain.
	DeliveryFailed DeliveryState = "failed"
	// DeliveryUnknown may or may not have reached the buyer: only the seller decides what next.
	DeliveryUnknown DeliveryState = "unknown"
	// DeliveryCanceled will not be sent (a claim came first, or the seller said so).
	DeliveryCanceled DeliveryState = "canceled"
	// DeliveryManual was delivered by the seller outside SellerDesk.
	DeliveryManual DeliveryState = "manual"
)

// Label is the state in Korean.
func (s DeliveryState) Label() string {
	switch s {
	case DeliveryHeld:
		return "보류"
	case DeliveryPlanned:
		return "발송 대기"
	case DeliverySending:
		return "발송 중"
	case DeliverySent:
		return "발송 완료"
	case DeliveryFailed:
		return "발송 실패"
	case DeliveryUnknown:
		return "확인 필요"
	case DeliveryCanceled:
		return "취소"
	case DeliveryManual:
		return "직접 보냄"
	}
	return string(s)
}

// Delivery is the record of one digital delivery: one shipment (a Naver product order), its
// mail, the codes bound to it and its state.
type Delivery struct {
	// Key is the shipment's key (naver/<productOrderId>).
	Key     string            `json:"key"`
	Market  order.Marketplace `json:"market"`
	OrderID string            `json:"orderId"`

	// Product is the seller's digital product id; Pool the code pool (empty for a link).
	Product     string   `json:"product"`
	Kind        string   `json:"kind"`
	Pool        string   `json:"pool,omitempty"`
	Codes       []string `json:"codes,omitempty"`
	ProductName string   `json:"productName"`
	OptionName  string   `json:"optionName,omitempty"`
	Quantity    int      `json:"quantity"`
	BuyerName   string   `json:"buyerName,omitempty"`

	// To is the address the mail goes to; ToSource says where it came from; Override is the
	// address the seller typed for this order.
	To       string `json:"to,omitempty"`
	ToSource string `json:"toSource,omitempty"`
	Override string `json:"override,omitempty"`

	Subject   string `json:"subject,omitempty"`
	Body      string `json:"body,omitempty"`
	MessageID string `json:"messageId"`

	State DeliveryState `json:"state"`
	// Hold is why a held delivery waits (a reason code); Note tells the seller, in Korean, what
	// happened last and what to do; Detail is the technical cause (English).
	Hold   string `json:"hold,omitempty"`
	Note   string `json:"note,omitempty"`
	Detail string `json:"detail,omitempty"`

	// Attempts counts the sends started since the delivery was (re)planned; at MaxAttempts a
	// failed delivery waits for the seller. Resends counts the seller's explicit resends.
	Attempts      int       `json:"attempts"`
	MaxAttempts   int       `json:"maxAttempts"`
	NextAttemptAt time.Time `json:"nextAttemptAt,omitzero"`
	Resends       int       `json:"resends,omitempty"`

	// MarketState is the marketplace step after the mail (발송처리 as 배송없음): "" (not yet),
	// "pending", "done" or "failed"; MarketNote says what happened there.
	MarketState string `json:"marketState,omitempty"`
	MarketNote  string `json:"marketNote,omitempty"`

	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
	SendingAt time.Time `json:"sendingAt,omitzero"`
	SentAt    time.Time `json:"sentAt,omitzero"`
	// MaskedAt is when the buyer's personal data was masked (with the shipment's, by the
	// retention); such a delivery cannot be sent again.
	MaskedAt *time.Time `json:"maskedAt,omitempty"`
}

// Retryable reports whether a failed delivery may still be tried automatically at now.
func (d *Delivery) Retryable(now time.Time) bool {
	return d.State == DeliveryFailed && d.Attempts < d.MaxAttempts && !d.NextAttemptAt.After(now)
}

// ErrDeliveryState: the delivery's state does not allow the change.
var ErrDeliveryState = errors.New("store: the delivery's state does not allow this change")

// DeliveryStateError says which state refused which change.
type DeliveryStateError struct {
	Key    string
	State  DeliveryState
	Change string
}

func (e *DeliveryStateError) Error() string {
	return fmt.Sprintf("store: delivery %s is %s: cannot %s", e.Key, e.State, e.Change)
}

// Is makes errors.Is(err, ErrDeliveryState) true.
func (e *DeliveryStateError) Is(target error) bool { return target == ErrDeliveryState }

// usedCode is a code bound to a delivery.
type usedCode struct {
	Code string    `json:"code"`
	Key  string    `json:"key"`
	At   time.Time `json:"at"`
}

// digitalBucket returns the digital bucket, creating it in a write transaction; nil when a read
// transaction finds none.
func digitalBucket(tx *bolt.Tx) (*bolt.Bucket, error) {
	if !tx.Writable() {
		return tx.Bucket(bucketDigital), nil
	}
	b, err := tx.CreateBucketIfNotExists(bucketDigital)
	if err != nil {
		return nil, fmt.Errorf("digital bucket: %w", err)
	}
	for _, name := range [][]byte{digitalDeliveries, digitalPools} {
		if _, err := b.CreateBucketIfNotExists(name); err != nil {
			return nil, fmt.Errorf("digital bucket %s: %w", name, err)
		}
	}
	return b, nil
}

func getDelivery(tx *bolt.Tx, key string) (Delivery, bool, error) {
	b, err := digitalBucket(tx)
	if err != nil || b == nil {
		return Delivery{}, false, err
	}
	v := b.Bucket(digitalDeliveries).Get([]byte(key))
	if v == nil {
		return Delivery{}, false, nil
	}
	var d Delivery
	if err := json.Unmarshal(v, &d); err != nil {
		return Delivery{}, false, fmt.Errorf("decode delivery %s: %w", key, err)
	}
	return d, true, nil
}

func putDelivery(tx *bolt.Tx, d *Delivery) error {
	b, err := digitalBucket(tx)
	if err != nil {
		return err
	}
	data, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode delivery %s: %w", d.Key, err)
	}
	return b.Bucket(digitalDeliveries).Put([]byte(d.Key), data)
}

// digitalUpdate runs fn in a write transaction under the store's write lock.
func (s *Store) digitalUpdate(ctx context.Context, what string, fn func(tx *bolt.Tx, now time.Time) error) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	now := s.now()
	if err := s.update(ctx, func(tx *bolt.Tx) error { return fn(tx, now) }); err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	return nil
}

// Delivery returns the delivery of a shipment; ok is false when there is none.
func (s *Store) Delivery(ctx context.Context, key string) (d Delivery, ok bool, err error) {
	err = s.view(ctx, func(tx *bolt.Tx) error {
		d, ok, err = getDelivery(tx, key)
		return err
	})
	if err != nil {
		return Delivery{}, false, fmt.Errorf("store: delivery %s: %w", key, err)
	}
	return d, ok, nil
}

// DeliveryQuery selects deliveries; the zero value selects all.
type DeliveryQuery struct {
	States []DeliveryState `json:"states,omitempty"`
	// Limit defaults to DefaultLimit and is at most MaxAuditLimit.
	Limit int `json:"limit,omitempty"`
}

// Deliveries returns deliveries, newest first.
func (s *Store) Deliveries(ctx context.Context, q DeliveryQuery) ([]Delivery, error) {
	want := map[DeliveryState]bool{}
	for _, st := range q.States {
		want[st] = true
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxAuditLimit)
	var out []Delivery
	err := s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDigital)
		if b == nil {
			return nil
		}
		return b.Bucket(digitalDeliveries).ForEach(func(k, v []byte) error {
			var d Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("decode delivery %s: %w", k, err)
			}
			if len(want) == 0 || want[d.State] {
				out = append(out, d)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: deliveries: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].CreatedAt.Equal(out[j].CreatedAt) {
			return out[i].CreatedAt.After(out[j].CreatedAt)
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// DeliveryPlan is what PlanDelivery stores.
type DeliveryPlan struct {
	// Delivery carries the order's facts (key, product, quantity, buyer, address, …). State,
	// codes and counters are the store's.
	Delivery Delivery
	// Hold, when set, stores the delivery held with Note: nothing is bound.
	Hold, Note string
	// Codes is how many codes to bind from Delivery.Pool (one per unit).
	Codes int
	// ShortHold and ShortNote hold the delivery when the pool has fewer than Codes codes.
	ShortHold, ShortNote string
	// Prepare runs inside the transaction once the codes are bound, to write the mail
	// (Subject, Body). It must not call the store; its error aborts the plan.
	Prepare func(*Delivery) error
	// Actor is who planned it (audit).
	Actor string
	// Unsure, when set, stores the planned mail (codes bound, mail written) as unknown with this
	// note: the mail may have gone out already (an order paid before a restore of an older backup),
	// so only the seller decides whether it is sent.
	Unsure string
}

// PlanDelivery stores the delivery of a shipment, or plans again one that is held. A delivery
// in any other state is returned unchanged: planning is idempotent and never reopens a mail
// that was started. When codes are wanted they are taken from the pool and bound to this
// shipment in the same transaction as the delivery, and never handed out again; when the pool is
// short, nothing is bound and the delivery is held (ShortHold).
func (s *Store) PlanDelivery(ctx context.Context, p DeliveryPlan) (Delivery, error) {
	var out Delivery
	key := p.Delivery.Key
	if _, _, err := order.SplitKey(key); err != nil {
		return Delivery{}, fmt.Errorf("store: plan delivery: %w", err)
	}
	err := s.digitalUpdate(ctx, "plan delivery "+key, func(tx *bolt.Tx, now time.Time) error {
		prev, exists, err := getDelivery(tx, key)
		if err != nil {
			return err
		}
		if exists && prev.State != DeliveryHeld {
			out = prev
			return nil
		}
		d := p.Delivery
		d.State, d.Hold, d.Note, d.Detail, d.Codes = DeliveryPlanned, "", "", "", nil
		d.Attempts, d.NextAttemptAt, d.SendingAt, d.SentAt = 0, time.Time{}, time.Time{}, time.Time{}
		d.CreatedAt, d.UpdatedAt = now, now
		if d.MessageID == "" {
			d.MessageID = messageID(key, now)
		}
		if exists {
			d.CreatedAt, d.MessageID, d.Resends, d.Override = prev.CreatedAt, prev.MessageID, prev.Resends, prev.Override
			d.MarketState, d.MarketNote = prev.MarketState, prev.MarketNote
		}
		hold, note := p.Hold, p.Note
		if hold == "" && p.Codes > 0 {
			codes, err := bindCodes(tx, d.Pool, key, p.Codes, now)
			if err != nil {
				return err
			}
			if codes == nil {
				hold, note = p.ShortHold, p.ShortNote
			}
			d.Codes = codes
		}
		if hold != "" {
			d.State, d.Hold, d.Note, d.Subject, d.Body = DeliveryHeld, hold, note, "", ""
			if exists && prev.Hold == hold && prev.Note == note {
				out = prev
				return nil // nothing new: no write, no audit line per sync run
			}
			if err := putDelivery(tx, &d); err != nil {
				return err
			}
			out = d
			return appendAudit(tx, now, key, []AuditEntry{{Actor: p.Actor, Action: "digital.held", Detail: hold + ": " + note}})
		}
		if p.Prepare != nil {
			if err := p.Prepare(&d); err != nil {
				return err
			}
		}
		if p.Unsure != "" {
			d.State, d.Note = DeliveryUnknown, p.Unsure
		}
		if err := putDelivery(tx, &d); err != nil {
			return err
		}
		out = d
		detail := fmt.Sprintf("%s → %s", d.Product, MaskAddress(d.To))
		if len(d.Codes) > 0 {
			detail += fmt.Sprintf(", 코드 %d개 배정", len(d.Codes))
		}
		entries := []AuditEntry{{Actor: p.Actor, Action: "digital.planned", Detail: detail}}
		if d.State == DeliveryUnknown {
			entries = append(entries, AuditEntry{Actor: p.Actor, Action: "digital.unknown", Detail: p.Unsure})
		}
		return appendAudit(tx, now, key, entries)
	})
	return out, err
}

func messageID(key string, now time.Time) string {
	m, id, _ := order.SplitKey(key)
	return fmt.Sprintf("digital.%s.%s.%s@sellerdesk.local", m, id, strconv.FormatInt(now.UnixNano(), 36))
}

// bindCodes moves n codes of the pool from available to used, bound to key; nil when the
// pool has fewer than n.
func bindCodes(tx *bolt.Tx, pool, key string, n int, now time.Time) ([]string, error) {
	if pool == "" {
		return nil, errors.New("no code pool named")
	}
	pb, err := poolBucket(tx, pool)
	if err != nil {
		return nil, err
	}
	avail, used := pb.Bucket(poolAvail), pb.Bucket(poolUsed)
	var keys [][]byte
	var codes []string
	c := avail.Cursor()
	for k, v := c.First(); k != nil && len(codes) < n; k, v = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
		codes = append(codes, string(v))
	}
	if len(codes) < n {
		return nil, nil
	}
	for i, k := range keys {
		data, err := json.Marshal(usedCode{Code: codes[i], Key: key, At: now})
		if err != nil {
			return nil, err
		}
		if err := used.Put(k, data); err != nil {
			return nil, fmt.Errorf("bind code: %w", err)
		}
		if err := avail.Delete(k); err != nil {
			return nil, fmt.Errorf("bind code: %w", err)
		}
	}
	return codes, nil
}

func poolBucket(tx *bolt.Tx, pool string) (*bolt.Bucket, error) {
	b, err := digitalBucket(tx)
	if err != nil {
		return nil, err
	}
	pb, err := b.Bucket(digitalPools).CreateBucketIfNotExists([]byte(pool))
	if err != nil {
		return nil, fmt.Errorf("code pool %s: %w", pool, err)
	}
	for _, name := range [][]byte{poolAvail, poolUsed, poolKnown} {
		if _, err := pb.CreateBucketIfNotExists(name); err != nil {
			return nil, fmt.Errorf("code pool %s: %w", pool, err)
		}
	}
	return pb, nil
}

// StartedSend is the outcome of BeginSend.
type StartedSend struct {
	Delivery Delivery
	// Started is true when the caller now owns the send; false when the delivery was not due
	// (or was stopped by the guard: then it is canceled and Delivery says why).
	Started bool
}

// BeginSend marks a delivery as being sent, just before the mail leaves: a planned one, or a
// failed one with attempts left whose retry time has come. guard, when given, sees the stored
// shipment in the same transaction; a non-empty answer (a Korean reason: a cancel request came)
// cancels the delivery instead. The attempt is counted here, so a crash after this point can
// never lead to a silent second mail: the delivery is found "sending" and becomes unknown.
func (s *Store) BeginSend(ctx context.Context, key string, guard func(order.Shipment) string) (StartedSend, error) {
	var out StartedSend
	err := s.digitalUpdate(ctx, "begin send "+key, func(tx *bolt.Tx, now time.Time) error {
		d, ok, err := getDelivery(tx, key)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		out.Delivery = d
		if d.State != DeliveryPlanned && !d.Retryable(now) {
			return nil
		}
		if guard != nil {
			var sh order.Shipment
			if err := s.getShipment(tx, key, &sh); err != nil {
				return fmt.Errorf("shipment %s: %w", key, err)
			}
			if reason := guard(sh); reason != "" {
				d.State, d.Note, d.Detail, d.UpdatedAt = DeliveryCanceled, reason, "", now
				if err := putDelivery(tx, &d); err != nil {
					return err
				}
				out.Delivery = d
				return appendAudit(tx, now, key, []AuditEntry{{Actor: "sellerdesk", Action: "digital.canceled", Detail: reason}})
			}
		}
		d.State, d.Attempts, d.SendingAt, d.UpdatedAt = DeliverySending, d.Attempts+1, now, now
		if err := putDelivery(tx, &d); err != nil {
			return err
		}
		out = StartedSend{Delivery: d, Started: true}
		return appendAudit(tx, now, key, []AuditEntry{{Actor: "sellerdesk", Action: "digital.sending",
			Detail: fmt.Sprintf("%s, %d번째 시도", MaskAddress(d.To), d.Attempts)}})
	})
	return out, err
}

// SendResult is how a send ended.
type SendResult struct {
	// State is DeliverySent, DeliveryFailed or DeliveryUnknown.
	State  DeliveryState
	Note   string
	Detail string
	// RetryAt is when a failed delivery may be tried again (ignored once attempts are used up).
	RetryAt time.Time
	// Final: trying again cannot help (the address was refused for good); no more automatic
	// attempts, the seller decides.
	Final bool
}

// FinishSend records the end of a send begun with BeginSend.
func (s *Store) FinishSend(ctx context.Context, key string, r SendResult) (Delivery, error) {
	switch r.State {
	case DeliverySent, DeliveryFailed, DeliveryUnknown:
	default:
		return Delivery{}, fmt.Errorf("store: finish send %s: %q is not an end of a send", key, r.State)
	}
	var out Delivery
	err := s.digitalUpdate(ctx, "finish send "+key, func(tx *bolt.Tx, now time.Time) error {
		d, ok, err := getDelivery(tx, key)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		if d.State != DeliverySending {
			return &DeliveryStateError{Key: key, State: d.State, Change: "finish a send"}
		}
		d.State, d.Note, d.Detail, d.UpdatedAt = r.State, r.Note, r.Detail, now
		d.NextAttemptAt = time.Time{}
		switch r.State {
		case DeliverySent:
			d.SentAt = now
		case DeliveryFailed:
			d.NextAttemptAt = r.RetryAt
			if r.Final {
				d.MaxAttempts = d.Attempts
			}
		}
		if err := putDelivery(tx, &d); err != nil {
			return err
		}
		out = d
		detail := r.Note
		if r.Detail != "" {
			detail += " (" + r.Detail + ")"
		}
		if d.To != "" {
			detail = strings.ReplaceAll(detail, d.To, MaskAddress(d.To))
		}
		return appendAudit(tx, now, key, []AuditEntry{{Actor: "sellerdesk", Action: "digital." + string(r.State), Detail: detail}})
	})
	return out, err
}

// RecoverSending turns every delivery left "sending" — the process stopped while its mail was
// with the server — into unknown, with note. Only the one process that sends may call it, before
// it sends. It returns the keys.
func (s *Store) RecoverSending(ctx context.Context, note string) ([]string, error) {
	return s.markUnknown(ctx, "recover sending deliveries", note, "interrupted while sending", false, DeliverySending)
}

// markUnknown turns every delivery in one of the states from into unknown with note and detail (and
// no next attempt when clearNext), each with its audit line, in one transaction; it returns the keys.
func (s *Store) markUnknown(ctx context.Context, op, note, detail string, clearNext bool, from ...DeliveryState) ([]string, error) {
	var keys []string
	err := s.digitalUpdate(ctx, op, func(tx *bolt.Tx, now time.Time) error {
		b := tx.Bucket(bucketDigital)
		if b == nil {
			return nil
		}
		var found []Delivery
		if err := b.Bucket(digitalDeliveries).ForEach(func(k, v []byte) error {
			var d Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("decode delivery %s: %w", k, err)
			}
			if slices.Contains(from, d.State) {
				found = append(found, d)
			}
			return nil
		}); err != nil {
			return err
		}
		for i := range found {
			d := &found[i]
			d.State, d.Note, d.Detail, d.UpdatedAt = DeliveryUnknown, note, detail, now
			if clearNext {
				d.NextAttemptAt = time.Time{}
			}
			if err := putDelivery(tx, d); err != nil {
				return err
			}
			if err := appendAudit(tx, now, d.Key, []AuditEntry{{Actor: "sellerdesk", Action: "digital.unknown", Detail: note}}); err != nil {
				return err
			}
			keys = append(keys, d.Key)
		}
		return nil
	})
	return keys, err
}

// DeliveryDecision is a seller's decision on one delivery.
type DeliveryDecision struct {
	// To is the new state: DeliveryPlanned (send again), DeliverySent (the buyer has it),
	// DeliveryManual (delivered by hand) or DeliveryCanceled (do not send).
	To     DeliveryState
	Actor  string
	Reason string
}

// decisions lists the states each decision may come from.
var decisions = map[DeliveryState][]DeliveryState{
	DeliveryPlanned:  {DeliveryUnknown, DeliveryFailed, DeliverySent, DeliveryManual},
	DeliverySent:     {DeliveryUnknown},
	DeliveryManual:   {DeliveryHeld, DeliveryPlanned, DeliveryFailed, DeliveryUnknown, DeliveryCanceled},
	DeliveryCanceled: {DeliveryHeld, DeliveryPlanned, DeliveryFailed},
}

// DecideDelivery records a seller's decision, with the audit entry, in one transaction. Sending
// again (To DeliveryPlanned) is the only way a mail leaves a second time: it keeps the bound
// codes and the Message-ID, resets the attempts and counts the resend.
func (s *Store) DecideDelivery(ctx context.Context, key string, dec DeliveryDecision) (Delivery, error) {
	from, ok := decisions[dec.To]
	if !ok {
		return Delivery{}, fmt.Errorf("store: decide delivery %s: %q is not a decision", key, dec.To)
	}
	var out Delivery
	err := s.digitalUpdate(ctx, "decide delivery "+key, func(tx *bolt.Tx, now time.Time) error {
		d, exists, err := getDelivery(tx, key)
		if err != nil {
			return err
		}
		if !exists {
			return ErrNotFound
		}
		allowed := false
		for _, st := range from {
			allowed = allowed || d.State == st
		}
		if !allowed {
			return &DeliveryStateError{Key: key, State: d.State, Change: "change to " + string(dec.To)}
		}
		action := "digital.decided." + string(dec.To)
		if dec.To == DeliveryPlanned {
			if d.MaskedAt != nil || d.Subject == "" || d.To == "" {
				return &DeliveryStateError{Key: key, State: d.State, Change: "send again without a mail or an address"}
			}
			d.Attempts, d.NextAttemptAt, d.Resends = 0, time.Time{}, d.Resends+1
			action = "digital.resend"
		}
		if dec.To == DeliverySent {
			d.SentAt = now
		}
		d.State, d.Note, d.Detail, d.Hold, d.UpdatedAt = dec.To, dec.Reason, "", "", now
		if err := putDelivery(tx, &d); err != nil {
			return err
		}
		out = d
		return appendAudit(tx, now, key, []AuditEntry{{Actor: dec.Actor, Action: action, Detail: dec.Reason}})
	})
	return out, err
}

// SetDeliveryAddress stores the address the seller typed for one order. A delivery not yet sent
// takes it at once; a held one is planned again by the next run; an unknown or failed one uses it
// if the seller sends again.
func (s *Store) SetDeliveryAddress(ctx context.Context, key, addr, actor string) (Delivery, error) {
	var out Delivery
	err := s.digitalUpdate(ctx, "set delivery address "+key, func(tx *bolt.Tx, now time.Time) error {
		d, ok, err := getDelivery(tx, key)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		if !d.AddressEditable() {
			return &DeliveryStateError{Key: key, State: d.State, Change: "change the address"}
		}
		d.Override, d.UpdatedAt = addr, now
		if d.State != DeliveryHeld {
			d.To, d.ToSource = addr, "seller"
		}
		if err := putDelivery(tx, &d); err != nil {
			return err
		}
		out = d
		return appendAudit(tx, now, key, []AuditEntry{{Actor: actor, Action: "digital.address", Detail: MaskAddress(addr)}})
	})
	return out, err
}

// SetDeliveryMarket records the marketplace step after the mail (발송처리 as 배송없음).
func (s *Store) SetDeliveryMarket(ctx context.Context, key, state, note string) (Delivery, error) {
	var out Delivery
	err := s.digitalUpdate(ctx, "set delivery market step "+key, func(tx *bolt.Tx, now time.Time) error {
		d, ok, err := getDelivery(tx, key)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		if d.State != DeliverySent && d.State != DeliveryManual {
			return &DeliveryStateError{Key: key, State: d.State, Change: "record the marketplace step"}
		}
		if d.MarketState == state && d.MarketNote == note {
			out = d
			return nil
		}
		d.MarketState, d.MarketNote, d.UpdatedAt = state, note, now
		if err := putDelivery(tx, &d); err != nil {
			return err
		}
		out = d
		return appendAudit(tx, now, key, []AuditEntry{{Actor: "sellerdesk", Action: "digital.market." + state, Detail: note}})
	})
	return out, err
}

// CodeStock is how many codes a pool has.
type CodeStock struct {
	Pool      string `json:"pool"`
	Available int    `json:"available"`
	Used      int    `json:"used"`
}

// ImportResult is what an import added.
type ImportResult struct {
	Added int `json:"added"`
	// Known counts codes the pool already had (available or given): never added twice.
	Known int       `json:"known"`
	Stock CodeStock `json:"stock"`
}

// ImportCodes adds licence codes to a pool in one transaction. A code the pool has ever had —
// still available or already given to a buyer — is not added again, so no code can be handed
// out twice by importing the same file twice.
func (s *Store) ImportCodes(ctx context.Context, pool string, codes []string, actor string) (ImportResult, error) {
	if pool == "" {
		return ImportResult{}, errors.New("store: import codes: no pool named")
	}
	var res ImportResult
	err := s.digitalUpdate(ctx, "import codes to "+pool, func(tx *bolt.Tx, now time.Time) error {
		pb, err := poolBucket(tx, pool)
		if err != nil {
			return err
		}
		avail, known := pb.Bucket(poolAvail), pb.Bucket(poolKnown)
		for _, code := range codes {
			if code == "" {
				continue
			}
			if known.Get([]byte(code)) != nil {
				res.Known++
				continue
			}
			seq, err := avail.NextSequence()
			if err != nil {
				return fmt.Errorf("code sequence: %w", err)
			}
			k := binary.BigEndian.AppendUint64(nil, seq)
			if err := avail.Put(k, []byte(code)); err != nil {
				return fmt.Errorf("put code: %w", err)
			}
			if err := known.Put([]byte(code), k); err != nil {
				return fmt.Errorf("put code index: %w", err)
			}
			res.Added++
		}
		res.Stock = stockOf(pool, pb)
		return appendAudit(tx, now, "", []AuditEntry{{Actor: actor, Action: "digital.codes.import",
			Detail: fmt.Sprintf("%s: %d개 추가, %d개는 이미 있음", pool, res.Added, res.Known)}})
	})
	return res, err
}

// stockOf counts with cursors: bucket statistics do not see a write transaction's own changes.
func stockOf(pool string, pb *bolt.Bucket) CodeStock {
	return CodeStock{Pool: pool, Available: countKeys(pb.Bucket(poolAvail)), Used: countKeys(pb.Bucket(poolUsed))}
}

func countKeys(b *bolt.Bucket) int {
	n := 0
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		n++
	}
	return n
}

// CodeStocks returns the stock of every pool, by name.
func (s *Store) CodeStocks(ctx context.Context) ([]CodeStock, error) {
	var out []CodeStock
	err := s.view(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDigital)
		if b == nil {
			return nil
		}
		pools := b.Bucket(digitalPools)
		return pools.ForEachBucket(func(k []byte) error {
			out = append(out, stockOf(string(k), pools.Bucket(k)))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: code stocks: %w", err)
	}
	return out, nil
}

// CodeStockOf returns one pool's stock (zero when it has none).
func (s *Store) CodeStockOf(ctx context.Context, pool string) (CodeStock, error) {
	st, err := s.CodeStocks(ctx)
	if err != nil {
		return CodeStock{}, err
	}
	for _, c := range st {
		if c.Pool == pool {
			return c, nil
		}
	}
	return CodeStock{Pool: pool}, nil
}
