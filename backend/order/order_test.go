package order

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLineUnitsToShip(t *testing.T) {
	tests := []struct {
		name string
		line Line
		want int
	}{
		{"plain", Line{Quantity: 3}, 3},
		{"bundle of five", Line{Quantity: 1, BundleSize: 5}, 5},
		{"bundle size one is no bundle", Line{Quantity: 2, BundleSize: 1}, 2},
		{"partial cancel", Line{Quantity: 4, CanceledQty: 1}, 3},
		{"held for cancel", Line{Quantity: 4, CanceledQty: 1, HeldQty: 2}, 1},
		{"bundle after partial cancel", Line{Quantity: 3, CanceledQty: 1, BundleSize: 5}, 10},
		{"fully cancelled", Line{Quantity: 2, CanceledQty: 2, BundleSize: 5}, 0},
		{"over-cancelled never negative", Line{Quantity: 1, CanceledQty: 2}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.line.UnitsToShip())
		})
	}
	s := Shipment{Lines: []Line{{Quantity: 1, BundleSize: 5}, {Quantity: 2}}}
	assert.Equal(t, 7, s.UnitsToShip())
}

func TestShipmentKey(t *testing.T) {
	s := Shipment{Marketplace: Coupang, ID: "642538970006401429"}
	assert.Equal(t, "coupang/642538970006401429", s.Key())
	m, id, err := SplitKey(s.Key())
	require.NoError(t, err)
	assert.Equal(t, Coupang, m)
	assert.Equal(t, "642538970006401429", id)

	for _, bad := range []string{"", "naver", "naver/", "amazon/1", "/1"} {
		_, _, err := SplitKey(bad)
		assert.Error(t, err, bad)
	}
}

func TestParseMarketplace(t *testing.T) {
	for in, want := range map[string]Marketplace{"naver": Naver, " NAVER ": Naver, "네이버": Naver, "coupang": Coupang, "쿠팡": Coupang} {
		got, err := ParseMarketplace(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
	}
	_, err := ParseMarketplace("11st")
	assert.Error(t, err)
}

func TestShipmentValidate(t *testing.T) {
	ok := Shipment{Marketplace: Naver, ID: "2024010112345", Status: StatusPaid,
		Lines: []Line{{ProductName: "구운 캐슈넛 160g", Quantity: 1}}}
	require.NoError(t, ok.Validate())

	tests := []struct {
		name   string
		mutate func(*Shipment)
	}{
		{"unknown marketplace", func(s *Shipment) { s.Marketplace = "gmarket" }},
		{"empty id", func(s *Shipment) { s.ID = "" }},
		{"slash in id", func(s *Shipment) { s.ID = "a/b" }},
		{"unknown status", func(s *Shipment) { s.Status = "SHIPPING" }},
		{"negative quantity", func(s *Shipment) { s.Lines[0].Quantity = -1 }},
		{"quantity over 2³¹", func(s *Shipment) { s.Lines[0].Quantity = MaxQuantity + 1 }},
		{"units over 2³¹", func(s *Shipment) { s.Lines[0].Quantity, s.Lines[0].BundleSize = 1<<20, 1<<12 }},
		{"nameless line", func(s *Shipment) { s.Lines[0].ProductName = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ok
			s.Lines = append([]Line(nil), ok.Lines...)
			tt.mutate(&s)
			assert.Error(t, s.Validate())
		})
	}
}

func TestReceiverSameDestination(t *testing.T) {
	a := Receiver{Name: "김민준", Phone: "010-1234-5678", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152", Address2: "12층"}
	b := Receiver{Name: "김민준 ", Phone: "01012345678", Zip: "06236", Address1: "서울특별시 강남구 테헤란로152", Address2: " 12층", Message: "문 앞"}
	assert.True(t, a.SameDestination(b), "spacing, phone punctuation and the message do not change the destination")
	c := b
	c.Address2 = "13층"
	assert.False(t, a.SameDestination(c))
	d := b
	d.Phone = "010-1234-5679"
	assert.False(t, a.SameDestination(d))
}

func TestStatus(t *testing.T) {
	for _, s := range AllStatuses() {
		assert.True(t, s.Valid())
		assert.NotEqual(t, string(s), s.Label(), "every status has a Korean label")
	}
	assert.False(t, Status("").Valid())
	assert.True(t, StatusPaid.ToShip())
	assert.False(t, StatusDelivered.ToShip())
	assert.True(t, StatusCanceled.Final())
}

func TestFindingBlockingAndMerge(t *testing.T) {
	t0 := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	addr := Finding{Code: AddressChanged, Severity: Block, Line: -1, RaisedAt: t0,
		Evidence: []Evidence{{Field: "address", Old: "서울 강남구 1", New: "서울 서초구 2"}}}
	bundle := Finding{Code: BundleMultiplier, Severity: Warn, Line: 0, RaisedAt: t0,
		Evidence: []Evidence{{Field: "bundleSize", New: "5"}}}
	s := Shipment{Findings: []Finding{addr, bundle}}
	assert.True(t, s.Blocked())

	resolved := addr
	resolved.Resolution = &Resolution{Kind: Resolved, By: "seller", At: t0.Add(time.Hour)}
	s.Findings = []Finding{resolved, bundle}
	assert.False(t, s.Blocked(), "a resolved block no longer blocks")

	// Same findings found again later: raise time and resolution carry over.
	again := addr
	again.RaisedAt = t0.Add(2 * time.Hour)
	merged := MergeFindings(s.Findings, []Finding{again, bundle})
	require.Len(t, merged, 2)
	assert.Equal(t, t0, merged[0].RaisedAt)
	require.NotNil(t, merged[0].Resolution)
	assert.False(t, (&Shipment{Findings: merged}).Blocked())

	// The address changed once more: a new finding that blocks again.
	moved := addr
	moved.Evidence = []Evidence{{Field: "address", Old: "서울 서초구 2", New: "부산 해운대구 3"}}
	merged = MergeFindings(merged, []Finding{moved})
	require.Len(t, merged, 1)
	assert.Nil(t, merged[0].Resolution)
	assert.True(t, (&Shipment{Findings: merged}).Blocked())

	assert.Nil(t, MergeFindings(merged, nil), "conditions that are gone drop their findings")
	assert.NotEqual(t, addr.ID(), moved.ID())
	assert.Equal(t, addr.ID(), again.ID())
}

func TestFindingIDIdentity(t *testing.T) {
	base := Finding{Code: OptionNameMismatch, Severity: Block, Line: 0,
		Evidence: []Evidence{{Field: "weight", Old: "160g", New: "150g"}, {Field: "weight", Old: "1kg", New: "2kg"}}}
	swapped := base
	swapped.Evidence = []Evidence{base.Evidence[1], base.Evidence[0]}
	assert.Equal(t, base.ID(), swapped.ID(), "evidence order does not change the finding")

	ids := map[string]int{}
	for _, line := range []int{-1, 0, 1, 254, 255, 256, 511} {
		f := base
		f.Line = line
		ids[f.ID()] = line
	}
	assert.Len(t, ids, 7, "every line gets its own id")
}

func TestDestinationKeyFolding(t *testing.T) {
	a := Receiver{Name: "김민준", Phone: "010-4444-3333", Zip: "06236", Address1: "서울 강남구 테헤란로 152"}
	tests := []struct {
		name string
		r    Receiver
		same bool
	}{
		{"international phone", Receiver{Name: "김민준", Phone: "+82 10-4444-3333", Zip: "06236", Address1: "서울 강남구 테헤란로 152"}, true},
		{"international phone with (0)", Receiver{Name: "김민준", Phone: "+82 (0)10 4444 3333", Zip: "06236", Address1: "서울 강남구 테헤란로 152"}, true},
		{"full-width digits", Receiver{Name: "김민준", Phone: "０１０-４４４４-３３３３", Zip: "０６２３６", Address1: "서울 강남구 테헤란로 １５２"}, true},
		{"decomposed hangul", Receiver{Name: "\u1100\u1175\u11b7\u1106\u1175\u11ab\u110c\u116e\u11ab", Phone: "01044443333", Zip: "06236", Address1: "서울 강남구 테헤란로 152"}, true},
		{"another number", Receiver{Name: "김민준", Phone: "+82 10-4444-3334", Zip: "06236", Address1: "서울 강남구 테헤란로 152"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.same, a.SameDestination(tt.r), "%q vs %q", a.DestinationKey(), tt.r.DestinationKey())
		})
	}
	assert.Equal(t, "0502****3501", PhoneDigits("0502-****-3501"), "safe numbers keep their masking")
	assert.Equal(t, "0821234567", PhoneDigits("082-123-4567"), "a domestic area code 082 is not a country code")
}

func TestFindingClearance(t *testing.T) {
	tests := []struct {
		code                       FindingCode
		sev                        Severity
		clearance                  Clearance
		resolve, resolveNeedReason bool
		override                   bool
	}{
		{ClaimOpen, Block, ClearedByMarketplace, false, false, false},
		{OptionNameMismatch, Block, ClearedBySellerWithReason, true, true, true},
		{AddressChanged, Block, ClearedBySeller, true, false, true},
		{ChangedAfterPrint, Block, ClearedBySeller, true, false, true},
		{BundleMultiplier, Warn, ClearedBySeller, true, false, false},
		{PartialCancel, Warn, ClearedBySeller, true, false, false},
		{OptionChanged, Warn, ClearedBySeller, true, false, false},
		{"SOMETHING_NEW", Block, ClearedBySellerWithReason, true, true, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			assert.Equal(t, tt.clearance, tt.code.Clearance())
			ok, need := tt.code.SellerMay(Resolved, tt.sev)
			assert.Equal(t, tt.resolve, ok)
			assert.Equal(t, tt.resolveNeedReason, need)
			ok, need = tt.code.SellerMay(Overridden, tt.sev)
			assert.Equal(t, tt.override, ok)
			if ok {
				assert.True(t, need, "an override always needs a reason")
			}
			ok, _ = tt.code.SellerMay("maybe", tt.sev)
			assert.False(t, ok)

			f := Finding{Code: tt.code, Severity: tt.sev, Resolution: &Resolution{Kind: Resolved}}
			assert.Equal(t, tt.clearance == ClearedByMarketplace, f.Open(), "a resolution counts unless only the marketplace clears")
		})
	}
}
