package lists

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func boxKeys(p PackList) [][]string {
	out := make([][]string, len(p.Boxes))
	for i, b := range p.Boxes {
		for _, s := range b.Shipments {
			out[i] = append(out[i], s.Key)
		}
	}
	return out
}

func TestPackListProposal(t *testing.T) {
	p := BuildPackList(sampleShipments(), sampleSKUs(t), PackOverrides{}, testNow)
	assertGolden(t, "pack", p)

	assert.Equal(t, [][]string{
		{"coupang/642538970006401700"},                           // 강도윤
		{"naver/2026112210001001", "coupang/642538970006401429"}, // 김민우, both marketplaces
		{"coupang/642538970006401500"},                           // 이서주
		{"naver/2026112210005001"},                               // 정하늘
		{"naver/2026112210003001"},                               // 최유나, 합포장 금지
		{"naver/2026112210004001"},                               // 최유나
	}, boxKeys(p))
	kim := p.Boxes[1]
	assert.Equal(t, GroupSameReceiver, kim.Grouping)
	assert.Equal(t, 8, kim.Units, "2 cashew + 5 bundled cashew + 1 lemon")
	assert.Equal(t, "부재 시 경비실에 맡겨주세요 / 문 앞", kim.Receiver.Message)
	assert.Equal(t, "캐슈넛 160g ×2 외 2건", kim.Summary)
	assert.Empty(t, kim.Warnings)
	assert.Equal(t, GroupNoCombine, p.Boxes[4].Grouping)
	for _, i := range []int{4, 5} {
		assert.Equal(t, []string{"같은 받는 분에게 박스 2개를 따로 보냅니다."}, p.Boxes[i].Warnings, "최유나 gets two boxes")
	}
	for _, i := range []int{0, 1, 2, 3} {
		assert.Empty(t, p.Boxes[i].Warnings)
	}
	for i, b := range p.Boxes {
		assert.Equal(t, i+1, b.No)
	}
	require.Len(t, p.Held, 2)
	assert.Equal(t, 7, p.Shipments)
}

func TestPackListOverrides(t *testing.T) {
	tests := []struct {
		name      string
		ov        PackOverrides
		wantBoxes [][]string
		notes     int
		warnBox   int // index of a box that must carry a warning, -1 none
	}{
		{
			name: "split the combined buyer",
			ov:   PackOverrides{Singles: []string{"coupang/642538970006401429"}},
			wantBoxes: [][]string{{"coupang/642538970006401700"}, {"coupang/642538970006401429"}, {"naver/2026112210001001"},
				{"coupang/642538970006401500"}, {"naver/2026112210005001"}, {"naver/2026112210003001"}, {"naver/2026112210004001"}},
			warnBox: -1,
		},
		{
			name: "merge two receivers on purpose",
			ov:   PackOverrides{Groups: [][]string{{"coupang/642538970006401500", " naver/2026112210005001"}}},
			wantBoxes: [][]string{{"coupang/642538970006401700"}, {"naver/2026112210001001", "coupang/642538970006401429"},
				{"coupang/642538970006401500", "naver/2026112210005001"}, {"naver/2026112210003001"}, {"naver/2026112210004001"}},
			warnBox: 2,
		},
		{
			name: "no-combine survives a forced group; unknown and held keys noted",
			ov: PackOverrides{Groups: [][]string{{"naver/2026112210003001", "naver/2026112210004001", "naver/nope",
				"naver/2026112210002001"}}},
			wantBoxes: [][]string{{"coupang/642538970006401700"}, {"naver/2026112210001001", "coupang/642538970006401429"},
				{"coupang/642538970006401500"}, {"naver/2026112210005001"}, {"naver/2026112210003001"}, {"naver/2026112210004001"}},
			notes:   3,
			warnBox: -1,
		},
		{
			name:      "a key used twice is noted",
			ov:        PackOverrides{Groups: [][]string{{"naver/2026112210001001"}}, Singles: []string{"naver/2026112210001001"}},
			wantBoxes: [][]string{{"coupang/642538970006401700"}, {"coupang/642538970006401429"}, {"naver/2026112210001001"}, {"coupang/642538970006401500"}, {"naver/2026112210005001"}, {"naver/2026112210003001"}, {"naver/2026112210004001"}},
			notes:     1,
			warnBox:   -1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := BuildPackList(sampleShipments(), nil, tc.ov, testNow)
			assert.Equal(t, tc.wantBoxes, boxKeys(p))
			assert.Len(t, p.Notes, tc.notes, "%v", p.Notes)
			for i, b := range p.Boxes {
				merged := 0
				for _, w := range b.Warnings {
					if strings.Contains(w, "받는 분이 다른 주문을 합쳤습니다") {
						merged++
					}
				}
				assert.Equal(t, i == tc.warnBox, merged == 1, "box %d: %v", i, b.Warnings)
			}
		})
	}
}

func TestPackListNeverGroupsEmptyReceivers(t *testing.T) {
	s := []order.Shipment{
		{Marketplace: order.Naver, ID: "1", Status: order.StatusPaid, Lines: []order.Line{{ProductName: "a", Quantity: 1}}},
		{Marketplace: order.Naver, ID: "2", Status: order.StatusPaid, Lines: []order.Line{{ProductName: "a", Quantity: 1}}},
	}
	p := BuildPackList(s, nil, PackOverrides{}, testNow)
	assert.Len(t, p.Boxes, 2)
}

func TestShippingList(t *testing.T) {
	pack := BuildPackList(sampleShipments(), sampleSKUs(t), PackOverrides{}, testNow)
	s := BuildShippingList(&pack)
	assertGolden(t, "shipping", s)
	require.Len(t, s.Rows, len(pack.Boxes))
	kim := s.Rows[1]
	assert.Equal(t, "naver/2026112210001001, coupang/642538970006401429", kim.OrderRefs)
	assert.Equal(t, []order.Marketplace{order.Naver, order.Coupang}, kim.Marketplaces)
	assert.Equal(t, 8, kim.Quantity)

	reg, err := DefaultLayouts()
	require.NoError(t, err)
	assert.Equal(t, "CJ대한통운", reg.Couriers()[0])
	cj, err := reg.Layout("cj 대한통운")
	require.NoError(t, err)
	got := map[string]string{}
	for _, c := range cj.Columns {
		v, err := kim.Value(c.Field)
		require.NoError(t, err)
		got[c.Header] = v
	}
	assert.Equal(t, "김민우", got["받는분성명"])
	assert.Equal(t, "서울특별시 강남구 테헤란로 152 강남파이낸스센터 12층", got["받는분주소(전체, 분할)"])
	assert.Equal(t, "8", got["내품수량"])
	assert.Equal(t, "네이버, 쿠팡", got["판매처"])

	_, err = reg.Layout("없는택배")
	assert.ErrorIs(t, err, ErrUnknownLayout)
	_, err = ParseLayouts([]byte(`[{"courier":"X","columns":[{"header":"h","field":"nope"}]}]`))
	assert.ErrorIs(t, err, ErrUnknownField)
	_, err = ParseLayouts([]byte(`[{"courier":"X","columns":[]}]`))
	assert.Error(t, err)
	for _, f := range ShippingFields() {
		_, err := kim.Value(f)
		assert.NoError(t, err, f)
	}
}

func TestCourierTable(t *testing.T) {
	tab, err := DefaultCouriers()
	require.NoError(t, err)
	tests := []struct{ in, name, naver, coupang string }{
		{"롯데택배", "롯데택배", "HYUNDAI", "HYUNDAI"},
		{"LOTTE", "롯데택배", "HYUNDAI", "HYUNDAI"},
		{"로젠", "로젠택배", "KGB", "KGB"},
		{"logen", "로젠택배", "KGB", "KGB"},
		{"CJ 대한통운", "CJ대한통운", "CJGLS", "CJGLS"},
		{"GS편의점택배", "GS편의점택배", "CVSNET", "CVS"},
	}
	for _, tc := range tests {
		c, ok := tab.Lookup(tc.in)
		require.True(t, ok, tc.in)
		assert.Equal(t, tc.name, c.Name)
		assert.Equal(t, tc.naver, c.Code(order.Naver))
		assert.Equal(t, tc.coupang, c.Code(order.Coupang))
	}
	for _, c := range tab.All() {
		for _, m := range order.AllMarketplaces() {
			assert.NotContains(t, []string{"LOTTE", "LOGEN"}, c.Code(m), "%s on %s", c.Name, m)
		}
	}
	// The marketplaces' own codes find their courier: the one table replaced the naver and coupang
	// packages' copies (CourierName, CorrectCourierCode, CourierByName, KnownCourier).
	for code, name := range map[string]string{"HYUNDAI": "롯데택배", "KGB": "로젠택배", "CJGLS": "CJ대한통운", "EPOST": "우체국택배"} {
		c, ok := tab.Lookup(code)
		require.True(t, ok, code)
		assert.Equal(t, name, c.Name, code)
	}
	for wrong, right := range map[string]string{"LOTTE": "HYUNDAI", "LOGEN": "KGB", "롯데택배": "HYUNDAI", "로젠": "KGB"} {
		c, ok := tab.Lookup(wrong)
		require.True(t, ok, wrong)
		assert.Equal(t, right, c.Code(order.Naver), wrong)
		assert.Equal(t, right, c.Code(order.Coupang), wrong)
	}
	_, ok := tab.Lookup("없는택배")
	assert.False(t, ok)
	_, err = LoadCouriers(strings.NewReader("A\tB\tX\tX\t\nC\tB\tY\tY\t\n"))
	assert.Error(t, err, "alias used twice")
	_, err = LoadCouriers(strings.NewReader("A\t\tX\tX\tdozen\n"))
	assert.Error(t, err)
}
