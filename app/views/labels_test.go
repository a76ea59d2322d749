package views

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/prints"
)

// The page shows Go's words for every code it can receive: each status, finding, write outcome and
// list has a Korean label of its own (not the code), in the order Go lists them.
func TestLabelsCoverEveryCode(t *testing.T) {
	l := LabelTables()

	require.Len(t, l.Markets, len(order.AllMarketplaces()))
	assert.Equal(t, LabelOption{Value: "naver", Label: "네이버"}, l.Markets[0])

	require.Len(t, l.Statuses, len(order.AllStatuses()))
	var toShip []order.Status
	for _, s := range l.Statuses {
		assert.NotEqual(t, string(s.Value), s.Label)
		if s.ToShip {
			toShip = append(toShip, s.Value)
		}
	}
	assert.Equal(t, []order.Status{order.StatusPaid, order.StatusAcknowledged}, toShip)

	codes := map[order.FindingCode]bool{}
	for _, f := range l.Findings {
		codes[f.Value] = true
		assert.NotEqual(t, string(f.Value), f.Label)
		assert.NotEmpty(t, f.Hint, f.Value)
	}
	assert.Len(t, codes, 8)
	assert.True(t, codes[order.ChangedAfterPrint], "출력 후 변경 is a finding the 검수 filter offers")
	assert.True(t, codes[order.HopeChanged], "희망일 변경 is a finding the 검수 filter offers")

	// in reading order: what needs the seller's eye first, done last
	assert.Equal(t, []LabelOption{{string(fulfil.Failed), "실패"}, {string(fulfil.Unknown), "확인 필요"}, {string(fulfil.Pending), "아직 안 됨"},
		{string(fulfil.Skipped), "건너뜀"}, {string(fulfil.OK), "완료"}}, l.Results)

	require.Len(t, l.Lists, 3)
	assert.Equal(t, ListLabel{Value: lists.ShippingKind, Label: "배송리스트", Courier: true}, l.Lists[2])
	for _, k := range l.Lists {
		_, err := prints.ParseKind(string(k.Value))
		assert.NoError(t, err, "a list's value is what a print request takes")
	}
	for _, by := range []lists.MatchBy{lists.ByShipment, lists.ByOrder, lists.ByReceiver} {
		found := false
		for _, o := range l.MatchedBy {
			found = found || o.Value == string(by)
		}
		assert.True(t, found, by)
	}
	assert.Equal(t, []LabelOption{{"problem", "저장 안 됨"}, {"ambiguous", "확인 필요"}, {"unreadable", "번호 읽기 실패"}, {"unmatched", "주문 없음"}, {"matched", "연결됨"}},
		l.ImportKinds, "problems first, plain matches last")
}
