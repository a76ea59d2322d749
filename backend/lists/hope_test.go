package lists

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// The packing list carries each hope-delivery box's day in the box's heading and on its lines (in
// the files too), and warns when a box joins goods wanted on different days; the picking list says
// on each SKU's row how many of its boxes are wanted on which day.
func TestListsCarryTheHopeDay(t *testing.T) {
	ss := sampleShipments()
	day := func(d int) *order.HopeDelivery {
		return &order.HopeDelivery{Date: time.Date(2026, 12, d, 0, 0, 0, 0, order.KST())}
	}
	var kim, choi []int
	for i := range ss {
		switch ss[i].Receiver.Name {
		case "김민우":
			kim = append(kim, i)
		case "최유나":
			choi = append(choi, i)
		}
	}
	require.Len(t, kim, 2)
	require.NotEmpty(t, choi)
	ss[kim[0]].Hope = day(24) // one of 김민우's two shipments is wanted on the 24th
	ss[choi[0]].Hope = day(26)
	ss[choi[0]].Hope.Time, ss[choi[0]].Hope.HasTime = 15*60, true

	p := BuildPackList(ss, nil, PackOverrides{}, testNow)
	tbl := p.Table()
	var kimBox, choiBox *Box
	for i := range p.Boxes {
		for _, s := range p.Boxes[i].Shipments {
			if s.Key == ss[kim[0]].Key() {
				kimBox = &p.Boxes[i]
			}
			if s.Key == ss[choi[0]].Key() {
				choiBox = &p.Boxes[i]
			}
		}
	}
	require.NotNil(t, kimBox)
	require.NotNil(t, choiBox)
	assert.Equal(t, []string{"12/24(목)"}, kimBox.Hopes)
	assert.Contains(t, kimBox.Warnings, "배송 희망일이 다른 주문을 합쳤습니다. 희망일에 맞춰 따로 보낼지 확인하세요.")
	assert.Equal(t, []string{"12/26(토) 15:00"}, choiBox.Hopes)
	assert.Contains(t, tbl.Groups[choiBox.No-1].Title, " · 배송 희망일 12/26(토) 15:00")
	cells := 0
	for _, r := range tbl.Rows {
		if r.Group == choiBox.No && strings.Contains(r.Cells[10], "\n배송 희망일 12/26(토) 15:00") {
			cells++
		}
	}
	assert.Positive(t, cells, "the line's cell names the day (the files have no group heading)")
	for _, b := range p.Boxes {
		if b.No != kimBox.No && b.No != choiBox.No {
			assert.Empty(t, b.Hopes)
			assert.NotContains(t, tbl.Groups[b.No-1].Title, "희망")
		}
	}

	pick := BuildPickList(ss, nil, testNow)
	pt := pick.Table()
	found := false
	for i, r := range pick.Rows {
		if len(r.Hopes) > 0 {
			found = true
			assert.Contains(t, pt.Rows[i].Cells[2], "\n배송 희망일 ")
			assert.Contains(t, pt.Rows[i].Cells[2], "1박스")
		}
	}
	assert.True(t, found, "a picked SKU of a hope box says its day")
}
