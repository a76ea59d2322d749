package order

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Severity says whether a finding stops the shipment.
type Severity string

const (
	// Block keeps the shipment out of print and dispatch until resolved or overridden.
	Block Severity = "block"
	// Warn is shown, and may change the units to ship, but does not stop the shipment.
	Warn Severity = "warn"
)

// FindingCode names what a pre-ship check found.
type FindingCode string

const (
	OptionNameMismatch FindingCode = "OPTION_NAME_MISMATCH" // registered and exposed names describe different goods
	BundleMultiplier   FindingCode = "BUNDLE_MULTIPLIER"    // marketplace bundle: units to ship multiplied
	AddressChanged     FindingCode = "ADDRESS_CHANGED"      // receiver changed after acknowledge / first store
	ClaimOpen          FindingCode = "CLAIM_OPEN"           // cancel/return/exchange requested or in progress
	PartialCancel      FindingCode = "PARTIAL_CANCEL"       // part of the quantity cancelled
	OptionChanged      FindingCode = "OPTION_CHANGED"       // option changed after payment
	ChangedAfterPrint  FindingCode = "CHANGED_AFTER_PRINT"  // changed after a list was printed
	HopeChanged        FindingCode = "HOPE_CHANGED"         // the buyer's hope-delivery day changed after first store
)

// Evidence is one field that proves a finding: what it was (or what the seller registered) and
// what it is now (or what the buyer saw).
type Evidence struct {
	Field string `json:"field"`
	Old   string `json:"old,omitempty"`
	New   string `json:"new,omitempty"`
}

// Finding is one result of the pre-ship checks on a shipment.
type Finding struct {
	Code     FindingCode `json:"code"`
	Severity Severity    `json:"severity"`
	// Message is one plain Korean sentence that says what is wrong and what to do.
	Message string `json:"message"`
	// Line is the index of the line the finding is about, or -1 for the whole shipment.
	Line     int        `json:"line"`
	Evidence []Evidence `json:"evidence,omitempty"`
	RaisedAt time.Time  `json:"raisedAt"`
	// Resolution is set once the seller resolved or overrode the finding.
	Resolution *Resolution `json:"resolution,omitempty"`
}

// ResolutionKind says how the seller dealt with a finding.
type ResolutionKind string

const (
	// Resolved: the seller checked and acted (e.g. confirmed the new address).
	Resolved ResolutionKind = "resolved"
	// Overridden: the seller ships despite the finding, with a reason.
	Overridden ResolutionKind = "overridden"
)

// Resolution records who dealt with a finding, how, why and when.
type Resolution struct {
	Kind   ResolutionKind `json:"kind"`
	Reason string         `json:"reason,omitempty"`
	By     string         `json:"by"`
	At     time.Time      `json:"at"`
}

// Clearance says who may clear a finding of a kind. It is declared once, here, per finding code;
// check.Resolve enforces it and the UI only shows the actions it allows.
type Clearance string

const (
	// ClearedBySeller: the seller may record 확인 완료 (a note is optional) and, for a blocking
	// finding, lift the hold with a written reason.
	ClearedBySeller Clearance = "seller"
	// ClearedBySellerWithReason: the seller may clear it, but only with a written reason.
	ClearedBySellerWithReason Clearance = "seller-reason"
	// ClearedByMarketplace: the cause is still open at the marketplace (a cancel, return or
	// exchange request, 출고중지 요청). No seller action clears it: it goes away when the
	// marketplace's state does (the claim is withdrawn, rejected or completed).
	ClearedByMarketplace Clearance = "marketplace"
)

// Clearance is who may clear a finding with this code. A code not listed here needs a reason.
func (c FindingCode) Clearance() Clearance {
	switch c {
	case ClaimOpen:
		return ClearedByMarketplace
	case OptionNameMismatch:
		// the seller may know better than the name check (a listing the check has never seen),
		// but shipping goods that may be the wrong ones needs a written why
		return ClearedBySellerWithReason
	case AddressChanged, ChangedAfterPrint, BundleMultiplier, PartialCancel, OptionChanged, HopeChanged:
		return ClearedBySeller
	}
	return ClearedBySellerWithReason
}

// SellerMay reports whether the seller may record a resolution of kind k on a finding with this
// code and severity, and whether that resolution needs a reason. Overriding (shipping despite the
// finding) exists only for blocking findings.
func (c FindingCode) SellerMay(k ResolutionKind, sev Severity) (allowed, reasonRequired bool) {
	cl := c.Clearance()
	switch {
	case cl == ClearedByMarketplace:
		return false, false
	case k == Resolved:
		return true, cl == ClearedBySellerWithReason
	case k == Overridden:
		return sev == Block, true
	}
	return false, false
}

// Open reports whether the finding still stands: nobody dealt with it yet, or it is one only the
// marketplace can clear (a resolution recorded on such a finding, e.g. by an older version, does
// not count).
func (f *Finding) Open() bool {
	return f.Resolution == nil || f.Code.Clearance() == ClearedByMarketplace
}

// Blocking reports whether the finding still keeps the shipment out of print and dispatch.
func (f *Finding) Blocking() bool { return f.Severity == Block && f.Open() }

// ID identifies a finding by what it found: the same code on the same line with the same evidence
// is the same finding, so a resolution survives re-checking, and a new difference (e.g. the
// address changed again) is a new finding that must be dealt with again.
func (f *Finding) ID() string {
	h := sha256.New()
	h.Write([]byte(f.Code))
	h.Write([]byte("\x00" + strconv.Itoa(f.Line)))
	ev := append([]Evidence(nil), f.Evidence...)
	sort.Slice(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		if a.Old != b.Old {
			return a.Old < b.Old
		}
		return a.New < b.New
	})
	for _, e := range ev {
		if e.Field == "list" && f.Code == ChangedAfterPrint {
			// one card names every list to print again; reprinting one of them leaves the same
			// change (and the seller's answer to it) on the others
			continue
		}
		h.Write([]byte{0})
		h.Write([]byte(e.Field + "\x00" + e.Old + "\x00" + e.New))
	}
	return string(f.Code) + "-" + hex.EncodeToString(h.Sum(nil)[:6])
}

// MergeFindings returns the fresh findings of a re-check, carrying over the raise time and the
// resolution of every finding that was already known (same ID). Findings no longer found are
// dropped: the condition is gone. A finding only the marketplace can clear never carries a
// resolution over.
func MergeFindings(prev, fresh []Finding) []Finding {
	if len(fresh) == 0 {
		return nil
	}
	known := make(map[string]*Finding, len(prev))
	for i := range prev {
		known[prev[i].ID()] = &prev[i]
	}
	out := make([]Finding, len(fresh))
	for i, f := range fresh {
		if old, ok := known[f.ID()]; ok {
			if !old.RaisedAt.IsZero() {
				f.RaisedAt = old.RaisedAt
			}
			if f.Resolution == nil {
				f.Resolution = old.Resolution
			}
		}
		if f.Code.Clearance() == ClearedByMarketplace {
			f.Resolution = nil
		}
		out[i] = f
	}
	return out
}

// Label is the finding code in short Korean, for badges and filters.
// Label is this finding's name on its card: the code's Label, except that a cancelled quantity
// is 부분 취소 only when part of it is cancelled and 전체 취소 when nothing of the line is left
// to send.
func (f *Finding) Label() string {
	if f.Code == PartialCancel {
		for _, e := range f.Evidence {
			if e.Field == "toShip" && e.New == "0" {
				return "전체 취소"
			}
		}
		return "부분 취소"
	}
	return f.Code.Label()
}

// Label is the code's badge on the board and in 알림. A cancelled quantity is 수량 취소 there (part
// or all of a line; the card says which).
func (c FindingCode) Label() string {
	switch c {
	case OptionNameMismatch:
		return "옵션명 불일치"
	case BundleMultiplier:
		return "묶음상품"
	case AddressChanged:
		return "주소 변경"
	case ClaimOpen:
		return "취소·반품·교환 요청"
	case PartialCancel:
		return "수량 취소"
	case OptionChanged:
		return "옵션 변경"
	case ChangedAfterPrint:
		return "출력 후 변경"
	case HopeChanged:
		return "희망일 변경"
	}
	return strings.ReplaceAll(string(c), "_", " ")
}
