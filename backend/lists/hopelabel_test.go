package lists

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// The courier's label carries the buyer's hope-delivery day in its 배송메시지, before the buyer's
// own message, so the driver sees the day; boxes without one keep their message as it was.
func TestShippingLabelCarriesTheHopeDay(t *testing.T) {
	ss := sampleShipments()
	plain := BuildShippingList(func() *PackList { p := BuildPackList(ss, nil, PackOverrides{}, testNow); return &p }())
	before := map[string]string{}
	for _, r := range plain.Rows {
		before[r.OrderRefs] = r.Message
	}

	hoped := -1
	for i := range ss {
		if ss[i].Receiver.Name == "최유나" {
			hoped = i
			break
		}
	}
	require.GreaterOrEqual(t, hoped, 0)
	ss[hoped].Receiver.Message = "문 앞에 놓아 주세요"
	ss[hoped].Hope = &order.HopeDelivery{Date: time.Date(2026, 12, 26, 0, 0, 0, 0, order.KST()), Time: 15 * 60, HasTime: true}

	p := BuildPackList(ss, nil, PackOverrides{}, testNow)
	list := BuildShippingList(&p)
	layouts, err := DefaultLayouts()
	require.NoError(t, err)
	cj, err := layouts.Layout("CJ대한통운")
	require.NoError(t, err)

	found := false
	for _, r := range list.Rows {
		if !containsString(r.ShipmentKeys, ss[hoped].Key()) {
			assert.Equal(t, before[r.OrderRefs], r.Message, "a box without a hope day keeps its message")
			continue
		}
		found = true
		assert.Equal(t, "배송 희망일 12/26(토) 15:00 / 문 앞에 놓아 주세요", r.Message)
		v, err := r.Value("message")
		require.NoError(t, err)
		assert.Equal(t, r.Message, v)
		tbl, err := list.Table(cj)
		require.NoError(t, err)
		col := -1
		for i, c := range cj.Columns {
			if c.Field == "message" {
				col = i
			}
		}
		require.GreaterOrEqual(t, col, 0)
		assert.Contains(t, tbl.Rows[r.BoxNo-1].Cells[col], "배송 희망일 12/26(토) 15:00", "the upload file has it")
	}
	assert.True(t, found)
}

// A hope box without a buyer's message gets the day alone.
func TestLabelMessageOfAHopeBoxAlone(t *testing.T) {
	b := &Box{Hopes: []string{"12/24(목)"}}
	assert.Equal(t, "배송 희망일 12/24(목)", labelMessage(b))
	b.Receiver.Message = "경비실"
	assert.Equal(t, "배송 희망일 12/24(목) / 경비실", labelMessage(b))
	assert.Equal(t, "경비실", labelMessage(&Box{Receiver: b.Receiver}))
}
