package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
)

// A seller needs a buyer's name, phones, address and delivery message to pack, ship and handle
// a claim; once the box is settled (delivered, purchase decided, cancelled, returned or
// exchanged) and the seller's retention period has passed, keeping them only adds risk for the
// buyer. MaskPersonalData masks them in the stored shipment AND in the stored raw payload, so
// lists, search, exports and new backups only ever see the masked values.
//
// Masking keeps what the seller still needs for accounting and statistics: the first character
// of a name, the first digits of a phone, the region of an address (시/도 and 시/군/구), the
// first three digits of the postcode. A box with an open claim is kept until the claim closes.

// MaskResult says what one MaskPersonalData run did.
type MaskResult struct {
	// Masked is the number of boxes masked now.
	Masked int `json:"masked"`
	// KeptForClaim is the number of settled boxes past the period kept for an open claim.
	KeptForClaim int `json:"keptForClaim"`
}

// maskChunk boxes are masked per transaction.
const maskChunk = 1000

// MaskPersonalData masks the personal data of every box settled before settledBefore (see
// settledAt) without an open claim, with one audit entry per transaction that every masked
// box's audit history shows, and deletes the set-aside records (setaside.go) last seen before
// settledBefore. It returns early with ctx's error, keeping what it already did.
func (s *Store) MaskPersonalData(ctx context.Context, settledBefore time.Time, actor, detail string) (MaskResult, error) {
	var res MaskResult
	// Candidates come from the index: settled statuses, not masked yet, paid before the cutoff
	// (a box cannot settle before it is paid).
	var cands []string
	func() {
		x := s.index
		x.mu.RLock()
		defer x.mu.RUnlock()
		cut := paidKey(settledBefore)
		for slot, a := range x.attr {
			if a&attrMasked != 0 || !statusOf(a).Final() || x.paid[slot] >= cut {
				continue
			}
			cands = append(cands, x.keyOf(uint32(slot)))
		}
	}()
	slices.Sort(cands)
	for len(cands) > 0 {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("store: mask personal data: %w", err)
		}
		n := min(len(cands), maskChunk)
		masked, kept, err := s.maskChunk(ctx, cands[:n], settledBefore, actor, detail)
		if err != nil {
			return res, fmt.Errorf("store: mask personal data: %w", err)
		}
		res.Masked += masked
		res.KeptForClaim += kept
		cands = cands[n:]
	}
	// Set-aside records hold personal data too: those not seen for the period go.
	if n, err := s.pruneSetAside(ctx, settledBefore); err != nil {
		return res, fmt.Errorf("store: mask personal data: %w", err)
	} else if n > 0 {
		s.log("set-aside records deleted after the retention period", "records", n)
	}
	return res, nil
}

func (s *Store) maskChunk(ctx context.Context, keys []string, settledBefore time.Time, actor, detail string) (int, int, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	now := s.now()
	var rows []row
	var masked []string
	kept := 0
	err := s.update(ctx, func(tx *bolt.Tx) error {
		boxes := tx.Bucket(bucketBoxes)
		var puts []boxPut
		for _, k := range keys {
			v := boxes.Get([]byte(k))
			if v == nil {
				continue
			}
			ship, raw, err := s.codec.decodeBox(v, nil)
			var sh order.Shipment
			if err == nil {
				err = json.Unmarshal(ship, &sh)
			}
			if err != nil {
				// A damaged box holds nothing readable to mask; it must not stop the others.
				s.logger.Error("store: mask personal data: damaged box skipped", "key", k, "err", err)
				continue
			}
			if sh.PersonalDataMasked() || !sh.Status.Final() || !settledAt(&sh).Before(settledBefore) {
				continue
			}
			if sh.Claim != nil && sh.Claim.Open {
				kept++
				continue
			}
			orig := sh
			maskShipment(&sh)
			at := now
			sh.PersonalMaskedAt = &at
			raw = maskRaw(raw, &orig)
			data, err := json.Marshal(&sh)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			puts = append(puts, boxPut{key: k, ship: data, raw: raw, write: true, indexed: true})
			rows = append(rows, newRow(&sh))
			masked = append(masked, k)
		}
		if len(puts) == 0 {
			return nil
		}
		if err := s.putBoxes(ctx, tx, puts); err != nil {
			return err
		}
		if tx.Bucket(bucketDigital) != nil { // a digital delivery holds the buyer's address and name
			for _, k := range masked {
				if err := maskDelivery(tx, k, now); err != nil {
					return fmt.Errorf("%s: %w", k, err)
				}
			}
		}
		return appendSharedAudit(tx, now, AuditEntry{Actor: actor, Action: "personal-data-masked",
			Detail: fmt.Sprintf("%s (%d건)", detail, len(masked))}, masked)
	})
	if err != nil {
		return 0, 0, err
	}
	if err := s.indexCommitted(rows); err != nil {
		return 0, 0, err
	}
	return len(masked), kept, nil
}

// settledAt is when a settled box last changed: the marketplace's change time or SellerDesk's
// own, whichever is later (a late change, e.g. a purchase decision, restarts the period).
func settledAt(sh *order.Shipment) time.Time {
	if sh.UpdatedAt.After(sh.ChangedAt) {
		return sh.UpdatedAt
	}
	return sh.ChangedAt
}

// stillSettled: a masked box that syncs again stays masked while it is settled without an open
// claim; otherwise (a late claim) its fresh personal data is kept until it settles again.
func stillSettled(sh *order.Shipment) bool {
	return sh.Status.Final() && (sh.Claim == nil || !sh.Claim.Open)
}

// withPersonalFrom is prev with the personal data of next: what the merge of a re-synced masked
// box compares with, so that masking does not read as a changed address.
func withPersonalFrom(prev, next *order.Shipment) *order.Shipment {
	p := *prev
	p.Receiver, p.OrdererName, p.PreviousReceiver = next.Receiver, next.OrdererName, nil
	return &p
}

// maskShipment masks the personal data of sh in place (sh's slices are copied, not changed
// under a caller that shares them).
func maskShipment(sh *order.Shipment) {
	personal := personalValues(sh)
	sh.OrdererName = maskName(sh.OrdererName)
	sh.Receiver = maskReceiver(sh.Receiver)
	if sh.PreviousReceiver != nil {
		r := maskReceiver(*sh.PreviousReceiver)
		sh.PreviousReceiver = &r
	}
	sh.Hope, sh.PreviousHope = maskHope(sh.Hope), maskHope(sh.PreviousHope)
	if len(sh.Findings) > 0 {
		fs := slices.Clone(sh.Findings)
		for i := range fs {
			ev := slices.Clone(fs[i].Evidence)
			for j := range ev {
				ev[j].Old = maskText(ev[j].Old, personal)
				ev[j].New = maskText(ev[j].New, personal)
			}
			fs[i].Evidence = ev
		}
		sh.Findings = fs
	}
}

// maskHope masks the words of a hope-delivery change (the buyer may have written why in their
// own words); the day, the hour and the region stay.
func maskHope(h *order.HopeDelivery) *order.HopeDelivery {
	if h == nil || h.ChangeReason == "" {
		return h
	}
	c := *h
	c.ChangeReason = maskMark
	return &c
}

func maskReceiver(r order.Receiver) order.Receiver {
	return order.Receiver{
		Name:     maskName(r.Name),
		Phone:    maskPhone(r.Phone),
		Phone2:   maskPhone(r.Phone2),
		Zip:      maskZip(r.Zip),
		Address1: maskAddress(r.Address1),
		Address2: maskAll(r.Address2),
		Message:  maskAll(r.Message),
	}
}

const maskMark = "***"

// maskName keeps the first character: "김민준" → "김**".
func maskName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, "*") == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(r) + strings.Repeat("*", max(utf8.RuneCountInString(s[size:]), 1))
}

// maskPhone keeps the first three digits and the punctuation: "010-1234-5678" → "010-****-****".
func maskPhone(s string) string {
	var b strings.Builder
	digits := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			digits++
			if digits > 3 {
				c = '*'
			}
		}
		b.WriteRune(c)
	}
	return b.String()
}

// maskZip keeps the first three characters: "06236" → "062**".
func maskZip(s string) string {
	r := []rune(s)
	if len(r) <= 3 {
		return s
	}
	return string(r[:3]) + strings.Repeat("*", len(r)-3)
}

// maskAddress keeps the region (the first two words): "서울특별시 강남구 테헤란로 1" → "서울특별시 강남구 ***".
func maskAddress(s string) string {
	f := strings.Fields(s)
	switch {
	case len(f) == 0:
		return s
	case len(f) <= 2:
		return f[0] + " " + maskMark
	}
	return f[0] + " " + f[1] + " " + maskMark
}

func maskAll(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return maskMark
}

// personalValues are the personal strings of a box (before masking), for finding them again in
// evidence and raw payloads; short ones are left out so that masking does not eat common words.
func personalValues(sh *order.Shipment) []string {
	var out []string
	add := func(v string) {
		v = strings.TrimSpace(v)
		if utf8.RuneCountInString(v) >= 2 && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	for _, r := range []*order.Receiver{&sh.Receiver, sh.PreviousReceiver} {
		if r == nil {
			continue
		}
		add(r.Name)
		add(r.Phone)
		add(r.Phone2)
		add(r.Address())
		add(r.Address1)
		add(r.Address2)
		add(r.Zip)
		add(r.Message)
	}
	add(sh.OrdererName)
	for _, h := range []*order.HopeDelivery{sh.Hope, sh.PreviousHope} {
		if h != nil {
			add(h.ChangeReason)
		}
	}
	// Longest first, so a full address is masked before its first part.
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// maskText masks every personal value found in s.
func maskText(s string, personal []string) string {
	for _, v := range personal {
		if strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, maskMark)
		}
	}
	return s
}

// Keys of the marketplaces' payloads that hold the buyer's personal data (Naver product-order
// details, Coupang order sheets and return requests), by how they are masked. "name" is personal
// only under a receiver/orderer object (elsewhere it may be a product's name).
func rawMaskKind(key, parent string) byte {
	switch key {
	case "ordererName", "receiverName", "requesterName", "returnCustomerName", "customerName":
		return 'n'
	case "name":
		switch parent {
		case "shippingAddress", "receiver", "orderer", "returnAddress", "requester", "buyer":
			return 'n'
		}
	case "tel1", "tel2", "ordererTel", "safeNumber", "receiverNumber", "ordererNumber", "ordererPhoneNumber",
		"requesterPhoneNumber", "requesterRealPhoneNumber", "receiverPhoneNumber", "phone", "phoneNumber", "tel":
		return 'p'
	case "baseAddress", "addr1", "requesterAddress", "address", "address1":
		return 'a'
	case "detailedAddress", "addr2", "requesterAddressDetail", "address2", "shippingMemo", "parcelPrintMessage",
		"deliveryMemo", "deliveryMessage", "email", "ordererId", "personalCustomsClearanceCode", "ordererSsn":
		return '*'
	case "zipCode", "postCode", "requesterZipCode", "zip":
		return 'z'
	case "changeReason":
		if parent == "hopeDelivery" { // Naver: why the hope-delivery day moved, maybe in the buyer's words
			return '*'
		}
	}
	return 0
}

// maskRaw masks the personal data in a raw payload: the fields rawMaskKind names, and any other
// string holding one of the box's personal values (orig is the box before masking). A payload
// that is not JSON is replaced by an empty object rather than kept unmasked.
func maskRaw(raw []byte, orig *order.Shipment) []byte {
	if len(raw) == 0 {
		return raw
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []byte("{}")
	}
	personal := personalValues(orig)
	v = maskValue(v, "", "", personal)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte("{}")
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
}

func maskValue(v any, key, parent string, personal []string) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = maskValue(e, k, key, personal)
		}
		return t
	case []any:
		for i, e := range t {
			t[i] = maskValue(e, key, parent, personal)
		}
		return t
	case string:
		switch rawMaskKind(key, parent) {
		case 'n':
			return maskName(t)
		case 'p':
			return maskPhone(t)
		case 'a':
			return maskAddress(t)
		case 'z':
			return maskZip(t)
		case '*':
			return maskAll(t)
		}
		return maskText(t, personal)
	}
	return v
}
