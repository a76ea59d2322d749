package lists

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func TestChangedAfterPrint(t *testing.T) {
	base := sampleShipments()[1] // Coupang box: bundle + lemon
	printedAt := testNow
	later := testNow.Add(time.Hour)

	tests := []struct {
		name     string
		change   func(s *order.Shipment)
		fields   []string
		inMsg    string
		findings int
	}{
		{"nothing changed", func(*order.Shipment) {}, nil, "", 0},
		{"spacing in the address does not count", func(s *order.Shipment) {
			s.Receiver.Address1 = "서울특별시  강남구 테헤란로 152"
			s.Receiver.Message = "다른 메시지"
		}, nil, "", 0},
		{"address changed", func(s *order.Shipment) { s.Receiver.Address2 = "강남파이낸스센터 15층" },
			[]string{"list", "receiver"}, "배송지가", 1},
		{"partial cancel", func(s *order.Shipment) { s.Lines[1].CanceledQty = 1; s.Lines[0].HeldQty = 1 },
			[]string{"list", "lines[0].units", "lines[1].units"}, "수량이", 1},
		{"more ordered and as much cancelled: same units", func(s *order.Shipment) {
			s.Lines[1].Quantity = 2
			s.Lines[1].CanceledQty = 1
		}, nil, "", 0},
		{"option changed", func(s *order.Shipment) { s.Lines[1].OptionName = "5개" },
			[]string{"list", "lines[1].option"}, "옵션이", 1},
		// issue 12 point 12: an open claim is its own card (CLAIM_OPEN), not one more per list
		{"claim opened", func(s *order.Shipment) {
			s.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", Open: true}
		}, nil, "", 0},
		{"claim opened and address changed", func(s *order.Shipment) {
			s.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", Open: true}
			s.Receiver.Address2 = "강남파이낸스센터 15층"
		}, []string{"list", "receiver"}, "배송지가", 1},
		{"claim closed after print", func(s *order.Shipment) {
			s.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "RU", Open: false, Withdrawn: true}
		}, []string{"list", "claim"}, "취소·반품·교환 상태가", 1},
		{"line removed", func(s *order.Shipment) { s.Lines = s.Lines[:1] },
			[]string{"list", "lines[1].units", "lines[1].option"}, "수량, 옵션이", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base
			s.Lines = append([]order.Line(nil), base.Lines...)
			records := []PrintRecord{
				RecordPrint(PickKind, &s, printedAt),
				RecordPrint(ShippingKind, &s, printedAt),
				RecordPrint(PickKind, &sampleShipments()[0], printedAt), // another shipment: ignored
			}
			tc.change(&s)
			got := ChangedAfterPrint(&s, records, later)
			require.Len(t, got, tc.findings)
			for _, f := range got {
				assert.Equal(t, order.ChangedAfterPrint, f.Code)
				assert.Equal(t, order.Block, f.Severity)
				assert.True(t, f.Blocking())
				assert.Equal(t, later, f.RaisedAt)
				var fields []string
				for _, e := range f.Evidence {
					fields = append(fields, e.Field)
				}
				assert.Equal(t, tc.fields, fields)
				assert.Contains(t, f.Message, tc.inMsg)
				// one change, one card: every list to print again in it
				list := "피킹리스트, 배송리스트"
				assert.Equal(t, list, f.Evidence[0].New)
				assert.Contains(t, f.Message, list+"를 다시 출력하세요")
				assert.NotContains(t, f.Message, "(가)")
				assert.Contains(t, f.Message, "11-22 16:30", "printed time in KST")
			}
			// Printing again clears it; the resolution of the old finding does not matter.
			records = append(records, RecordPrint(PickKind, &s, later), RecordPrint(ShippingKind, &s, later))
			assert.Empty(t, ChangedAfterPrint(&s, records, later.Add(time.Minute)))
		})
	}
}

func TestChangedAfterPrintEvidence(t *testing.T) {
	s := sampleShipments()[1]
	rec := RecordPrint(PackKind, &s, testNow)
	s.Receiver.Zip = "06237"
	got := ChangedAfterPrint(&s, []PrintRecord{rec}, testNow)
	require.Len(t, got, 1)
	require.Len(t, got[0].Evidence, 2)
	assert.Equal(t, order.Evidence{Field: "receiver",
		Old: "김민우 01012345678 (06236) 서울특별시 강남구 테헤란로152 강남파이낸스센터 12층",
		New: "김민우 01012345678 (06237) 서울특별시 강남구 테헤란로152 강남파이낸스센터 12층"}, got[0].Evidence[1])
	// The same change gives the same finding id, so a resolution survives re-checking.
	again := ChangedAfterPrint(&s, []PrintRecord{rec}, testNow.Add(time.Hour))
	assert.Equal(t, got[0].ID(), again[0].ID())
	assert.Empty(t, ChangedAfterPrint(&s, nil, testNow))
}

func TestRecordPrintsSkipsHeld(t *testing.T) {
	recs := RecordPrints(PickKind, sampleShipments(), testNow)
	assert.Len(t, recs, 7)
	for _, r := range recs {
		assert.NotEqual(t, "naver/2026112210002001", r.ShipmentKey)
		assert.Len(t, r.Fingerprint, 24)
	}
}

func TestApplyPrintChecks(t *testing.T) {
	s := sampleShipments()[1]
	recs := []PrintRecord{RecordPrint(PackKind, &s, testNow)}
	require.False(t, ApplyPrintChecks(&s, recs, testNow))
	require.Len(t, s.Findings, 1, "the bundle warning stays")

	s.Receiver.Zip = "99999"
	require.True(t, ApplyPrintChecks(&s, recs, testNow.Add(time.Hour)))
	require.Len(t, s.Findings, 2)
	assert.True(t, s.Blocked())

	// The seller overrides it; re-checking later keeps the override and the first raise time.
	s.Findings[1].Resolution = &order.Resolution{Kind: order.Overridden, Reason: "전화로 확인", By: "seller", At: testNow}
	assert.False(t, ApplyPrintChecks(&s, recs, testNow.Add(2*time.Hour)))
	assert.Equal(t, testNow.Add(time.Hour), s.Findings[1].RaisedAt)
	assert.False(t, s.Blocked())

	// Reprinted: the finding is gone, the bundle warning stays.
	recs = append(recs, RecordPrint(PackKind, &s, testNow.Add(3*time.Hour)))
	assert.False(t, ApplyPrintChecks(&s, recs, testNow.Add(3*time.Hour)))
	require.Len(t, s.Findings, 1)
	assert.Equal(t, order.BundleMultiplier, s.Findings[0].Code)
}
