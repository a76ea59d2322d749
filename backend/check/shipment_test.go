package check

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

var (
	homeReceiver = order.Receiver{Name: "김민지", Phone: "010-1234-5678", Zip: "06236",
		Address1: "서울특별시 강남구 테헤란로 152", Address2: "12층", Message: "문 앞"}
	newReceiver = order.Receiver{Name: "김민지", Phone: "010-1234-5678", Zip: "48058",
		Address1: "부산광역시 해운대구 센텀중앙로 79", Address2: "3층"}
)

func coupangShipment(lines ...order.Line) *order.Shipment {
	return &order.Shipment{Marketplace: order.Coupang, ID: "642538970006401429", OrderID: "9100041863244",
		Status: order.StatusAcknowledged, Receiver: homeReceiver, Lines: lines}
}

func plainLine() order.Line {
	return order.Line{ItemID: "85872453655", ProductName: "신서리티 미국산 레몬 가루 150g x 3개", OptionName: "3개 150g",
		ExposedName: "신서리티 미국산 레몬 가루 150g x 3개", FirstOptionName: "3개 150g", Quantity: 1}
}

func codesOf(fs []order.Finding) []order.FindingCode {
	var cs []order.FindingCode
	for _, f := range fs {
		cs = append(cs, f.Code)
	}
	return cs
}

func findingOf(t *testing.T, fs []order.Finding, code order.FindingCode) order.Finding {
	t.Helper()
	for _, f := range fs {
		if f.Code == code {
			return f
		}
	}
	require.Failf(t, "finding missing", "no %s in %v", code, codesOf(fs))
	return order.Finding{}
}

func evidence(f order.Finding, field string) (order.Evidence, bool) {
	for _, e := range f.Evidence {
		if e.Field == field {
			return e, true
		}
	}
	return order.Evidence{}, false
}

func TestShipmentFindings(t *testing.T) {
	at := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		shipment func() *order.Shipment
		want     []order.FindingCode
		check    func(t *testing.T, fs []order.Finding)
	}{
		{
			name:     "clean shipment has no findings",
			shipment: func() *order.Shipment { return coupangShipment(plainLine()) },
		},
		{
			name: "option name mismatch blocks and names the differing capacity",
			shipment: func() *order.Shipment {
				l := order.Line{ProductName: "신서리티 델타 구운 캐슈넛 160g", OptionName: "1개 160g",
					ExposedName: "신서리티 델타 구운 캐슈넛, 1개, 150g", Quantity: 1}
				return coupangShipment(l)
			},
			want: []order.FindingCode{order.OptionNameMismatch},
			check: func(t *testing.T, fs []order.Finding) {
				f := fs[0]
				assert.Equal(t, order.Block, f.Severity)
				assert.Equal(t, 0, f.Line)
				assert.Equal(t, "등록 옵션과 구매자가 본 옵션이 다릅니다: 용량 160g ↔ 150g. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요.", f.Message)
				e, ok := evidence(f, KindWeight)
				require.True(t, ok)
				assert.Equal(t, order.Evidence{Field: KindWeight, Old: "160g", New: "150g"}, e)
				name, ok := evidence(f, "name")
				require.True(t, ok)
				assert.Equal(t, "신서리티 델타 구운 캐슈넛 160g / 1개 160g", name.Old)
			},
		},
		{
			name: "bundle multiplies units and is not a name mismatch",
			shipment: func() *order.Shipment {
				l := order.Line{ProductName: "신서리티 델타 구운 캐슈넛 160g", OptionName: "1개 160g",
					ExposedName: "신서리티 델타 구운 캐슈넛, 5개, 160g", Quantity: 2, BundleSize: 5}
				return coupangShipment(l)
			},
			want: []order.FindingCode{order.BundleMultiplier},
			check: func(t *testing.T, fs []order.Finding) {
				f := fs[0]
				assert.Equal(t, order.Warn, f.Severity)
				e, _ := evidence(f, "unitsToShip")
				assert.Equal(t, "10", e.New)
				assert.Contains(t, f.Message, "10개")
			},
		},
		{
			name: "address changed after first store blocks with old and new",
			shipment: func() *order.Shipment {
				s := coupangShipment(plainLine())
				prev := homeReceiver
				s.PreviousReceiver = &prev
				s.Receiver = newReceiver
				return s
			},
			want: []order.FindingCode{order.AddressChanged},
			check: func(t *testing.T, fs []order.Finding) {
				f := fs[0]
				assert.Equal(t, order.Block, f.Severity)
				assert.Equal(t, -1, f.Line)
				zip, _ := evidence(f, "zip")
				assert.Equal(t, order.Evidence{Field: "zip", Old: "06236", New: "48058"}, zip)
				addr, _ := evidence(f, "address")
				assert.Equal(t, homeReceiver.Address(), addr.Old)
				assert.Equal(t, newReceiver.Address(), addr.New)
			},
		},
		{
			name: "receiver written differently is not an address change",
			shipment: func() *order.Shipment {
				s := coupangShipment(plainLine())
				prev := homeReceiver
				s.PreviousReceiver = &prev
				s.Receiver.Phone = "01012345678"
				s.Receiver.Address1 = "서울특별시 강남구  테헤란로 152"
				s.Receiver.Message = "경비실"
				return s
			},
		},
		{
			name: "marketplace address-change event blocks",
			shipment: func() *order.Shipment {
				s := coupangShipment(plainLine())
				s.Marketplace = order.Naver
				s.Events = []order.Event{{Kind: order.EventAddressChanged, MarketType: "DELIVERY_ADDRESS_CHANGED", At: at}}
				return s
			},
			want: []order.FindingCode{order.AddressChanged},
			check: func(t *testing.T, fs []order.Finding) {
				assert.Contains(t, fs[0].Message, "네이버")
				e, _ := evidence(fs[0], "event")
				assert.Contains(t, e.New, "DELIVERY_ADDRESS_CHANGED")
			},
		},
		{
			name: "open claim blocks",
			shipment: func() *order.Shipment {
				s := coupangShipment(plainLine())
				s.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", RequestedAt: at, Reason: "단순 변심", Open: true}
				return s
			},
			want: []order.FindingCode{order.ClaimOpen},
			check: func(t *testing.T, fs []order.Finding) {
				assert.Equal(t, order.Block, fs[0].Severity)
				assert.Equal(t, "취소 요청이 접수되었습니다. 발송하지 말고 쿠팡 판매자센터에서 요청을 처리하세요.", fs[0].Message)
				e, _ := evidence(fs[0], "claimStatus")
				assert.Equal(t, "CANCEL_REQUEST", e.New)
			},
		},
		{
			name: "closed claim is not a finding",
			shipment: func() *order.Shipment {
				s := coupangShipment(plainLine())
				s.Claim = &order.Claim{Type: order.ClaimReturn, MarketStatus: "REJECT", Open: false}
				return s
			},
		},
		{
			name: "partial cancel warns with what to ship",
			shipment: func() *order.Shipment {
				l := plainLine()
				l.Quantity, l.CanceledQty, l.HeldQty = 5, 1, 1
				return coupangShipment(l)
			},
			want: []order.FindingCode{order.PartialCancel},
			check: func(t *testing.T, fs []order.Finding) {
				f := fs[0]
				assert.Equal(t, order.Warn, f.Severity)
				for field, want := range map[string]string{"ordered": "5", "cancelled": "1", "held": "1"} {
					e, ok := evidence(f, field)
					require.True(t, ok, field)
					assert.Equal(t, want, e.New, field)
				}
				e, _ := evidence(f, "toShip")
				assert.Equal(t, "3", e.New)
				assert.Contains(t, f.Message, "3개만")
			},
		},
		{
			name: "whole line cancelled",
			shipment: func() *order.Shipment {
				l := plainLine()
				l.Quantity, l.CanceledQty = 2, 2
				return coupangShipment(l)
			},
			want: []order.FindingCode{order.PartialCancel},
			check: func(t *testing.T, fs []order.Finding) {
				assert.Equal(t, "주문 2개가 모두 취소(보류 포함)되었습니다. 이 상품은 발송하지 마세요.", fs[0].Message)
				e, _ := evidence(fs[0], "toShip")
				assert.Equal(t, "0", e.New)
			},
		},
		{
			name: "option changed after payment (Coupang first option name)",
			shipment: func() *order.Shipment {
				l := plainLine()
				l.FirstOptionName = "2개 150g"
				return coupangShipment(l)
			},
			want: []order.FindingCode{order.OptionChanged},
			check: func(t *testing.T, fs []order.Finding) {
				e, _ := evidence(fs[0], "option")
				assert.Equal(t, order.Evidence{Field: "option", Old: "2개 150g", New: "3개 150g"}, e)
				assert.Equal(t, order.Warn, fs[0].Severity)
			},
		},
		{
			name: "first option written differently is not a change",
			shipment: func() *order.Shipment {
				l := plainLine()
				l.FirstOptionName = "150g 3개"
				return coupangShipment(l)
			},
		},
		{
			name: "option changed event (Naver EXCHANGE_OPTION)",
			shipment: func() *order.Shipment {
				s := coupangShipment(order.Line{ProductName: "남성 반팔 티셔츠", OptionName: "블랙 L", Quantity: 1})
				s.Marketplace = order.Naver
				s.Events = []order.Event{{Kind: order.EventOptionChanged, MarketType: "EXCHANGE_OPTION", At: at}}
				return s
			},
			want:  []order.FindingCode{order.OptionChanged},
			check: func(t *testing.T, fs []order.Finding) { assert.Equal(t, -1, fs[0].Line) },
		},
		{
			name: "everything at once, in a stable order",
			shipment: func() *order.Shipment {
				bad := order.Line{ProductName: "반팔티", OptionName: "블랙 L", ExposedName: "반팔티, 화이트, L", Quantity: 2, CanceledQty: 1}
				bundle := order.Line{ProductName: "양반김 5g", OptionName: "1봉", ExposedName: "양반김, 10개, 5g", Quantity: 1, BundleSize: 10,
					FirstOptionName: "2봉"}
				s := coupangShipment(bad, bundle)
				prev := homeReceiver
				s.PreviousReceiver = &prev
				s.Receiver = newReceiver
				s.Claim = &order.Claim{Type: order.ClaimExchange, MarketStatus: "EXCHANGE_REQUEST", Open: true}
				return s
			},
			want: []order.FindingCode{order.AddressChanged, order.ClaimOpen, order.OptionNameMismatch, order.PartialCancel,
				order.BundleMultiplier, order.OptionChanged},
			check: func(t *testing.T, fs []order.Finding) {
				assert.Equal(t, 0, fs[2].Line)
				assert.Equal(t, 1, fs[4].Line)
				assert.Equal(t, "등록 옵션과 구매자가 본 옵션이 다릅니다: 색상 블랙 ↔ 화이트. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요.", fs[2].Message)
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.shipment()
			fs := Shipment(s, testNow)
			assert.Equal(t, tc.want, codesOf(fs))
			for _, f := range fs {
				assert.Equal(t, testNow, f.RaisedAt)
				assert.NotEmpty(t, f.Message)
				assert.NotEmpty(t, f.Evidence)
				assert.True(t, f.Severity == order.Block || f.Severity == order.Warn)
			}
			if tc.check != nil && len(fs) > 0 {
				tc.check(t, fs)
			}
		})
	}
}

func TestMismatchMessage(t *testing.T) {
	tests := []struct {
		ds   []Difference
		want string
	}{
		{[]Difference{{Kind: KindCount, Registered: "3개", Exposed: "5개"}},
			"등록 옵션과 구매자가 본 옵션이 다릅니다: 수량 3개 ↔ 5개. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요."},
		{[]Difference{{Kind: KindSize, Registered: "L", Exposed: "XL"}},
			"등록 옵션과 구매자가 본 옵션이 다릅니다: 사이즈 L ↔ XL. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요."},
		{[]Difference{{Kind: KindColor, Registered: "블랙"}, {Kind: KindSize, Registered: "L", Exposed: "XL"}},
			"등록 옵션과 구매자가 본 옵션이 다릅니다: 색상 블랙 ↔ 표기 없음, 사이즈 L ↔ XL. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요."},
		{[]Difference{{Kind: KindGrade, Registered: "1+", Exposed: "1++"}, {Kind: KindCapacity, Registered: "270ml", Exposed: "150ml"},
			{Kind: KindColor, Registered: "블랙", Exposed: "화이트"}, {Kind: KindSize, Registered: "L", Exposed: "XL"}},
			"등록 옵션과 구매자가 본 옵션이 다릅니다: 등급 1+ ↔ 1++, 용량 270ml ↔ 150ml, 색상 블랙 ↔ 화이트 외 1가지. 발송을 보류하고 쿠팡에 상품 정보 오류를 문의하세요."},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, mismatchMessage(tc.ds, order.Coupang))
	}
}

// TestNameFindingSeverity: a typed attribute blocks; words the check cannot explain only warn
// (확인 필요), name both readings, and do not keep the shipment from print.
func TestNameFindingSeverity(t *testing.T) {
	at := time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)
	s := coupangShipment(order.Line{ProductName: "코멧 주방 수세미", OptionName: "10개", ExposedName: "코멧 주방 고무장갑 10개", Quantity: 1})
	s.Findings = Shipment(s, at)
	f := findingOf(t, s.Findings, order.OptionNameMismatch)
	assert.Equal(t, order.Warn, f.Severity)
	assert.Equal(t, "등록 옵션과 구매자가 본 옵션의 표기가 달라 확인이 필요합니다: 상품명 수세미 ↔ 고무장갑. 같은 상품이면 '같은 상품' 으로 표시하면 다음부터 알리지 않습니다.", f.Message)
	assert.NoError(t, Shippable(s))

	s = coupangShipment(order.Line{ProductName: "한우 1+ 등심", OptionName: "500g", ExposedName: "한우 1++ 등심 500g", Quantity: 1})
	s.Findings = Shipment(s, at)
	f = findingOf(t, s.Findings, order.OptionNameMismatch)
	assert.Equal(t, order.Block, f.Severity)
	assert.Contains(t, f.Message, "등급 1+ ↔ 1++")
	assert.ErrorIs(t, Shippable(s), ErrBlocked)
}

func TestShipmentIsPure(t *testing.T) {
	s := coupangShipment(order.Line{ProductName: "반팔티", OptionName: "블랙 L", ExposedName: "반팔티, 화이트, L", Quantity: 1})
	before := *s
	a := Shipment(s, testNow)
	b := Shipment(s, testNow)
	assert.Equal(t, a, b)
	assert.Equal(t, before.Lines, s.Lines)
	assert.Nil(t, s.Findings)
	assert.Equal(t, a[0].ID(), b[0].ID())
}

func TestApplyCarryOver(t *testing.T) {
	firstSeen := testNow.Add(-48 * time.Hour)
	acked := testNow.Add(-24 * time.Hour)
	later := testNow.Add(time.Hour)
	evAt := testNow.Add(-time.Hour)

	stored := func() *order.Shipment {
		s := coupangShipment(plainLine())
		s.FirstSeenAt = firstSeen
		s.AcknowledgedAt = acked
		s.NoCombine = true
		s.Courier, s.TrackingNumber = "CJGLS", "612345678901"
		s.Events = []order.Event{{Kind: order.EventClaim, MarketType: "CANCEL_REQUEST", At: evAt}}
		return s
	}
	fresh := func() *order.Shipment { return coupangShipment(plainLine()) }

	t.Run("new shipment", func(t *testing.T) {
		next := fresh()
		stale := homeReceiver
		next.PreviousReceiver = &stale // whatever the mapper left: a new shipment has no earlier receiver
		Apply(nil, next, testNow)
		assert.Nil(t, next.PreviousReceiver)
		assert.Equal(t, testNow, next.FirstSeenAt)
		assert.Equal(t, testNow, next.UpdatedAt)
		assert.Empty(t, next.Findings)
	})
	t.Run("seller data and times survive a re-sync", func(t *testing.T) {
		next := fresh()
		Apply(stored(), next, later)
		assert.Equal(t, firstSeen, next.FirstSeenAt)
		assert.Equal(t, acked, next.AcknowledgedAt)
		assert.Equal(t, later, next.UpdatedAt)
		assert.True(t, next.NoCombine)
		assert.Equal(t, "CJGLS", next.Courier)
		assert.Equal(t, "612345678901", next.TrackingNumber)
		assert.Len(t, next.Events, 1)
		assert.Nil(t, next.PreviousReceiver)
	})
	t.Run("marketplace values win when sent", func(t *testing.T) {
		next := fresh()
		newAck := testNow.Add(-time.Hour)
		next.AcknowledgedAt = newAck
		next.Courier, next.TrackingNumber = "HANJIN", "512345678901"
		next.Events = []order.Event{
			{Kind: order.EventClaim, MarketType: "CANCEL_REQUEST", At: evAt.In(order.KST())},
			{Kind: order.EventOptionChanged, MarketType: "EXCHANGE_OPTION", At: later},
		}
		Apply(stored(), next, later)
		assert.Equal(t, newAck, next.AcknowledgedAt)
		assert.Equal(t, "HANJIN", next.Courier)
		assert.Equal(t, "512345678901", next.TrackingNumber)
		require.Len(t, next.Events, 2, "the same event in another zone is kept once")
		assert.Equal(t, order.EventOptionChanged, next.Events[1].Kind)
	})
	t.Run("receiver changed since first store", func(t *testing.T) {
		next := fresh()
		next.Receiver = newReceiver
		Apply(stored(), next, later)
		require.NotNil(t, next.PreviousReceiver)
		assert.Equal(t, homeReceiver, *next.PreviousReceiver)
		f := findingOf(t, next.Findings, order.AddressChanged)
		assert.True(t, f.Blocking())
		assert.Equal(t, later, f.RaisedAt)
	})
	t.Run("first stored receiver is kept over later changes", func(t *testing.T) {
		prev := stored()
		prev.Receiver = newReceiver
		first := homeReceiver
		prev.PreviousReceiver = &first
		next := fresh()
		next.Receiver = newReceiver
		Apply(prev, next, later)
		require.NotNil(t, next.PreviousReceiver)
		assert.Equal(t, homeReceiver, *next.PreviousReceiver)
		assert.NotSame(t, prev.PreviousReceiver, next.PreviousReceiver)
	})
	t.Run("receiver changed back: no finding", func(t *testing.T) {
		prev := stored()
		first := homeReceiver
		prev.PreviousReceiver = &first
		prev.Receiver = newReceiver
		next := fresh() // homeReceiver again
		Apply(prev, next, later)
		assert.Empty(t, next.Findings)
	})
	t.Run("findings of other packages are kept", func(t *testing.T) {
		prev := stored()
		printed := order.Finding{Code: order.ChangedAfterPrint, Severity: order.Block, Line: -1, Message: "출력 후 변경",
			RaisedAt: evAt, Evidence: []order.Evidence{{Field: "printedAt", New: evAt.Format(time.RFC3339)}}}
		prev.Findings = []order.Finding{printed}
		next := fresh()
		Apply(prev, next, later)
		assert.Equal(t, []order.Finding{printed}, next.Findings)
	})
	t.Run("nil next is ignored", func(t *testing.T) {
		assert.NotPanics(t, func() { Apply(stored(), nil, later) })
	})
}

func TestApplyMergeFindings(t *testing.T) {
	t0 := testNow
	t1 := t0.Add(10 * time.Minute)
	t2 := t0.Add(20 * time.Minute)
	t3 := t0.Add(30 * time.Minute)

	// first sync: stored with home address; second: the address changed
	s0 := coupangShipment(plainLine())
	Apply(nil, s0, t0)
	require.Empty(t, s0.Findings)

	s1 := coupangShipment(plainLine())
	s1.Receiver = newReceiver
	Apply(s0, s1, t1)
	f := findingOf(t, s1.Findings, order.AddressChanged)
	require.True(t, s1.Blocked())
	require.ErrorIs(t, Shippable(s1), ErrBlocked)

	// the seller confirms the new address
	require.NoError(t, Resolve(s1, f.ID(), order.Resolved, "", "민지", t1))
	require.False(t, s1.Blocked())
	require.NoError(t, Shippable(s1))

	// an identical re-check keeps the resolution and the first raise time
	s2 := coupangShipment(plainLine())
	s2.Receiver = newReceiver
	Apply(s1, s2, t2)
	f2 := findingOf(t, s2.Findings, order.AddressChanged)
	assert.Equal(t, f.ID(), f2.ID())
	require.NotNil(t, f2.Resolution)
	assert.Equal(t, "민지", f2.Resolution.By)
	assert.Equal(t, t1, f2.RaisedAt)
	assert.NoError(t, Shippable(s2))

	// the address changes again: a new blocking finding
	s3 := coupangShipment(plainLine())
	s3.Receiver = newReceiver
	s3.Receiver.Address2 = "5층"
	Apply(s2, s3, t3)
	f3 := findingOf(t, s3.Findings, order.AddressChanged)
	assert.NotEqual(t, f.ID(), f3.ID())
	assert.Nil(t, f3.Resolution)
	assert.Equal(t, t3, f3.RaisedAt)
	var blocked *BlockedError
	require.ErrorAs(t, Shippable(s3), &blocked)
	require.Len(t, blocked.Findings, 1)
	assert.Equal(t, order.AddressChanged, blocked.Findings[0].Code)
	assert.Contains(t, blocked.Error(), "주소 변경")

	// the condition goes away: the finding is dropped
	s4 := coupangShipment(plainLine())
	s4.Receiver = homeReceiver
	Apply(s3, s4, t3)
	assert.Empty(t, s4.Findings)
}

func TestResolve(t *testing.T) {
	newShipment := func() (*order.Shipment, string) {
		s := coupangShipment(order.Line{ProductName: "반팔티", OptionName: "블랙 L", ExposedName: "반팔티, 화이트, L", Quantity: 1})
		s.Findings = Shipment(s, testNow)
		return s, s.Findings[0].ID()
	}
	t.Run("override needs a reason", func(t *testing.T) {
		s, id := newShipment()
		err := Resolve(s, id, order.Overridden, "  ", "민지", testNow)
		require.ErrorIs(t, err, ErrReasonRequired)
		assert.Equal(t, "보류를 해제하려면 사유를 입력하세요.", err.Error())
		assert.Nil(t, s.Findings[0].Resolution)
		assert.True(t, s.Blocked())
	})
	t.Run("override with a reason unblocks and is recorded", func(t *testing.T) {
		s, id := newShipment()
		require.NoError(t, Resolve(s, id, order.Overridden, " 쿠팡 확인: 화이트가 맞음 ", "민지", testNow))
		r := s.Findings[0].Resolution
		require.NotNil(t, r)
		assert.Equal(t, order.Resolution{Kind: order.Overridden, Reason: "쿠팡 확인: 화이트가 맞음", By: "민지", At: testNow}, *r)
		assert.False(t, s.Blocked())
		assert.NoError(t, Shippable(s))
	})
	t.Run("marking a name mismatch checked needs a reason too", func(t *testing.T) {
		s, id := newShipment()
		require.ErrorIs(t, Resolve(s, id, order.Resolved, " ", "민지", testNow), ErrReasonRequired)
		require.NoError(t, Resolve(s, id, order.Resolved, "판매자센터 옵션 확인: 화이트 L 맞음", "민지", testNow))
		assert.False(t, s.Blocked())
	})
	t.Run("an address change is checked without a reason", func(t *testing.T) {
		s := coupangShipment(plainLine())
		prev := homeReceiver
		s.PreviousReceiver = &prev
		s.Receiver = newReceiver
		s.Findings = Shipment(s, testNow)
		f := findingOf(t, s.Findings, order.AddressChanged)
		require.NoError(t, Resolve(s, f.ID(), order.Resolved, "", "민지", testNow))
		assert.False(t, s.Blocked())
	})
	t.Run("a warning cannot be overridden, only checked", func(t *testing.T) {
		s := coupangShipment(order.Line{ProductName: "캐슈넛", OptionName: "1개", Quantity: 2, BundleSize: 5})
		s.Findings = Shipment(s, testNow)
		f := findingOf(t, s.Findings, order.BundleMultiplier)
		require.ErrorIs(t, Resolve(s, f.ID(), order.Overridden, "이유", "민지", testNow), ErrNotAllowed)
		require.NoError(t, Resolve(s, f.ID(), order.Resolved, "", "민지", testNow))
	})
	t.Run("already resolved", func(t *testing.T) {
		s, id := newShipment()
		require.NoError(t, Resolve(s, id, order.Resolved, "확인함", "민지", testNow))
		err := Resolve(s, id, order.Overridden, "다시", "준호", testNow)
		require.ErrorIs(t, err, ErrAlreadyResolved)
		assert.Equal(t, "민지", s.Findings[0].Resolution.By)
	})
	t.Run("unknown finding", func(t *testing.T) {
		s, _ := newShipment()
		err := Resolve(s, "ADDRESS_CHANGED-000000000000", order.Resolved, "", "민지", testNow)
		require.ErrorIs(t, err, ErrUnknownFinding)
		assert.Contains(t, err.Error(), s.Key())
	})
	t.Run("invalid kind", func(t *testing.T) {
		s, id := newShipment()
		require.ErrorIs(t, Resolve(s, id, "maybe", "x", "민지", testNow), ErrInvalidResolution)
	})
}

// An open claim at the marketplace (Naver 취소 요청, Coupang 출고중지 요청) holds the box until the
// marketplace's state clears it: neither 확인 완료 nor an override with a reason lifts it.
func TestClaimHoldCannotBeWavedThrough(t *testing.T) {
	claims := map[string]order.Claim{
		"naver cancel request":  {Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true},
		"coupang release stop":  {Type: order.ClaimCancel, MarketStatus: "RU", Open: true},
		"naver return request":  {Type: order.ClaimReturn, MarketStatus: "RETURN_REQUEST", Open: true},
		"coupang exchange open": {Type: order.ClaimExchange, MarketStatus: "EXCHANGE_REQUEST", Open: true},
	}
	for name, c := range claims {
		t.Run(name, func(t *testing.T) {
			s := coupangShipment(plainLine())
			cl := c
			s.Claim = &cl
			Apply(nil, s, testNow)
			f := findingOf(t, s.Findings, order.ClaimOpen)
			for _, kind := range []order.ResolutionKind{order.Resolved, order.Overridden} {
				err := Resolve(s, f.ID(), kind, "구매자와 통화해 그대로 보내기로 함", "민지", testNow)
				require.ErrorIs(t, err, ErrMarketplaceOnly, kind)
			}
			require.True(t, s.Blocked())
			require.ErrorIs(t, Shippable(s), ErrBlocked)

			// a resolution stored by an older version neither counts nor survives a re-check
			for i := range s.Findings {
				s.Findings[i].Resolution = &order.Resolution{Kind: order.Resolved, By: "민지", At: testNow}
			}
			require.True(t, s.Blocked(), "an old resolution does not lift a marketplace hold")
			next := coupangShipment(plainLine())
			next.Claim = &cl
			Apply(s, next, testNow.Add(time.Minute))
			assert.Nil(t, findingOf(t, next.Findings, order.ClaimOpen).Resolution)

			// the marketplace closes the claim: the hold goes by itself
			done := cl
			done.Open = false
			last := coupangShipment(plainLine())
			last.Claim = &done
			Apply(next, last, testNow.Add(2*time.Minute))
			assert.False(t, last.Blocked())
			assert.NoError(t, Shippable(last))
		})
	}
}

func TestShippable(t *testing.T) {
	s := coupangShipment(plainLine())
	s.Findings = []order.Finding{
		{Code: order.PartialCancel, Severity: order.Warn},
		{Code: order.ClaimOpen, Severity: order.Block},
		{Code: order.AddressChanged, Severity: order.Block, Resolution: &order.Resolution{Kind: order.Resolved}},
	}
	err := Shippable(s)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrBlocked))
	var be *BlockedError
	require.ErrorAs(t, err, &be)
	assert.Equal(t, s.Key(), be.Shipment)
	assert.Equal(t, []order.FindingCode{order.ClaimOpen}, codesOf(be.Findings))

	s.Findings = s.Findings[:1]
	assert.NoError(t, Shippable(s), "warnings do not block")
}
