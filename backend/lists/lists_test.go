package lists

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

func TestKeyOf(t *testing.T) {
	tests := []struct {
		name string
		a, b order.Line
		same bool
	}{
		{"seller code wins over names", order.Line{ProductName: "A", SellerCode: "X-1"},
			order.Line{ProductName: "B", SellerCode: "x1"}, true},
		{"full-width and spacing folded", order.Line{ProductName: "아몬드　５００ｇ"},
			order.Line{ProductName: "아몬드 500g"}, true},
		{"punctuation folded", order.Line{ProductName: "캐슈넛 160g", OptionName: "(1개)"},
			order.Line{ProductName: "캐슈넛160G", OptionName: "1개"}, true},
		{"different option differs", order.Line{ProductName: "캐슈넛 160g", OptionName: "1개"},
			order.Line{ProductName: "캐슈넛 160g", OptionName: "2개"}, false},
		{"2+1 is not 21", order.Line{ProductName: "비타민", OptionName: "2+1"},
			order.Line{ProductName: "비타민", OptionName: "21"}, false},
		{"decomposed Hangul equals composed", order.Line{ProductName: "\u1100\u1161\u11ab"},
			order.Line{ProductName: "간"}, true},
		{"exposed name when no product name", order.Line{ExposedName: "땅콩 1kg"},
			order.Line{ProductName: "땅콩1kg"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.same, KeyOf(&tc.a) == KeyOf(&tc.b), "%q vs %q", KeyOf(&tc.a), KeyOf(&tc.b))
		})
	}
}

func TestSKUMapLinkUnlinkJSON(t *testing.T) {
	var m SKUMap
	line := order.Line{ProductName: "레몬 가루 150g", OptionName: "3개"}
	sku, linked := m.Resolve(&line)
	assert.False(t, linked)
	assert.Equal(t, "레몬 가루 150g / 3개", sku.Name)

	require.NoError(t, m.Link(KeyOf(&line), SKU{ID: "LEMON", Name: "레몬 가루", Location: "B-1"}))
	require.NoError(t, m.Link("name:레몬가루150g/3봉", SKU{ID: "LEMON"}))
	sku, linked = m.Resolve(&line)
	assert.True(t, linked)
	assert.Equal(t, SKU{ID: "LEMON", Name: "레몬 가루", Location: "B-1"}, sku, "name and location kept on relink")

	require.ErrorIs(t, m.Link("", SKU{ID: "X"}), ErrInvalidLink)
	require.ErrorIs(t, m.Link("k", SKU{ID: " "}), ErrInvalidLink)

	var reg Layouts
	require.NoError(t, reg.Add(Layout{Courier: "우체국택배", Columns: []LayoutColumn{{Header: "수취인", Field: "receiverName"}}}))
	l, err := reg.Layout("우체국 택배")
	require.NoError(t, err)
	assert.Equal(t, "Sheet1", l.Sheet)

	data, err := json.Marshal(&m)
	require.NoError(t, err)
	back, err := ParseSKUMap(data)
	require.NoError(t, err)
	assert.Equal(t, m, *back)

	assert.Equal(t, []ItemKey{"name:레몬가루150g/3개", "name:레몬가루150g/3봉"}, m.Items("LEMON"))
	require.NoError(t, m.Update(SKU{ID: "LEMON", Location: "C-7"}))
	assert.Equal(t, SKU{ID: "LEMON", Name: "레몬 가루", Location: "C-7"}, m.SKUs["LEMON"])
	assert.ErrorIs(t, m.Update(SKU{ID: "NOPE", Name: "x"}), ErrUnknownSKU)
	require.NoError(t, m.Update(SKU{ID: "LEMON", Location: "B-1"}))

	// Relinking moves the item; a SKU nothing links to any more is dropped.
	require.NoError(t, m.Link("name:오타/", SKU{ID: "TYPO"}))
	require.NoError(t, m.Link("name:오타/", SKU{ID: "LEMON"}))
	assert.NotContains(t, m.SKUs, "TYPO")
	assert.True(t, m.Unlink("name:오타/"))

	assert.True(t, m.Unlink(KeyOf(&line)), "a wrong link can be undone")
	assert.False(t, m.Unlink(KeyOf(&line)))
	_, linked = m.Resolve(&line)
	assert.False(t, linked)
	assert.Contains(t, m.SKUs, "LEMON", "still linked from the other item")
	assert.True(t, m.Unlink("name:레몬가루150g/3봉"))
	assert.NotContains(t, m.SKUs, "LEMON", "unused SKU removed")

	_, err = ParseSKUMap([]byte(`{"skus":{},"links":{"name:a/":"GONE"}}`))
	assert.Error(t, err)
	_, err = ParseSKUMap([]byte(`{"skus":{"A":{"id":"B"}},"links":{}}`))
	assert.Error(t, err)
	_, err = ParseSKUMap([]byte(`[`))
	assert.Error(t, err)
}

func FuzzParseSKUMap(f *testing.F) {
	f.Add([]byte(`{"skus":{"A":{"id":"A","name":"에이"}},"links":{"name:a/":"A"}}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"skus":null,"links":{"":"A"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseSKUMap(data)
		if err != nil {
			return
		}
		for k, id := range m.Links {
			if _, ok := m.SKUs[id]; !ok || k == "" {
				t.Fatalf("accepted a dangling link %q → %q", k, id)
			}
		}
	})
}

func TestUnmatched(t *testing.T) {
	items := Unmatched(sampleShipments(), sampleSKUs(t))
	byKey := map[ItemKey]UnmatchedItem{}
	for _, it := range items {
		byKey[it.Key] = it
	}
	// Cashew has a seller code on both marketplaces and is linked; lemon is linked by the seller.
	assert.NotContains(t, byKey, ItemKey("code:nutcashew160"))
	assert.NotContains(t, byKey, ItemKey("name:레몬가루150g/3개"))
	almond := byKey["name:아몬드500g/"]
	assert.Equal(t, []order.Marketplace{order.Naver, order.Coupang}, almond.Marketplaces)
	assert.Equal(t, []UnmatchedReason{NoSellerCode}, almond.Reasons)
	mac := byKey["name:마카다미아400g/선물포장"]
	assert.Equal(t, []UnmatchedReason{NoSellerCode, OneMarketplace}, mac.Reasons)
	require.Len(t, items, 2)
	assert.Equal(t, "마카다미아 400g / 선물포장", items[0].Name, "Korean order: 마 before 아")

	// Without links, the code-keyed cashew seen on both marketplaces still needs nothing.
	for _, it := range Unmatched(sampleShipments(), nil) {
		assert.NotEqual(t, ItemKey("code:nutcashew160"), it.Key)
	}
}

func TestPickList(t *testing.T) {
	p := BuildPickList(sampleShipments(), sampleSKUs(t), testNow)
	assertGolden(t, "pick", p)

	require.Len(t, p.Rows, 4)
	// Shelf order: A-2 before A-10, then unplaced rows by Korean name.
	assert.Equal(t, []string{"NUT-CASHEW-160", "LEMON-150"}, []string{p.Rows[0].SKU, p.Rows[1].SKU})
	assert.Equal(t, "마카다미아 400g / 선물포장", p.Rows[2].Name)
	assert.Equal(t, "아몬드 500g", p.Rows[3].Name)

	cashew := p.Rows[0]
	assert.Equal(t, 7, cashew.Units, "2 on Naver + bundle 1×5 on Coupang")
	assert.Equal(t, map[order.Marketplace]int{order.Naver: 2, order.Coupang: 5}, cashew.ByMarketplace)
	assert.True(t, cashew.Bundled)
	assert.Equal(t, 3, p.Rows[1].Units, "1 + (3 ordered − 1 cancelled)")
	assert.Equal(t, 5, p.Rows[3].Units, "almond across marketplaces, full-width name folded; blocked one left out")

	require.Len(t, p.Held, 2)
	assert.Equal(t, "naver/2026112210002001", p.Held[0].Key)
	assert.Equal(t, []order.FindingCode{order.AddressChanged}, p.Held[0].Codes)
	assert.Contains(t, p.Held[0].Reasons[0], "배송지가 바뀌었습니다")
	assert.Equal(t, "coupang/642538970006401600", p.Held[1].Key)
	assert.Contains(t, p.Held[1].Reasons[0], "취소")
	assert.Equal(t, 7, p.Shipments)
	total := 0
	for _, r := range p.Rows {
		total += r.Units
	}
	assert.Equal(t, p.Units, total)
}

func TestPickListDedupesAndSkipsEmptyLines(t *testing.T) {
	s := sampleShipments()
	s = append(s, s[0]) // the same box selected twice
	p := BuildPickList(s, nil, testNow)
	assert.Equal(t, 7, p.Shipments)
	for _, r := range p.Rows {
		assert.Positive(t, r.Units)
	}
}

func TestNaturalCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"A-2", "A-10", -1}, {"A-10", "A-2", 1}, {"A-02", "A-2", 0}, {"B-1", "A-9", 1},
		{"A", "A-1", -1}, {"선반3", "선반12", -1}, {"", "", 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, naturalCompare(tc.a, tc.b), "%q vs %q", tc.a, tc.b)
	}
}
