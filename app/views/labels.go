package views

import (
	"sellerdesk/backend/check"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
)

// LabelOption is one code with the Korean words the screens show for it.
type LabelOption struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// StatusLabel is a unified status with its label; ToShip marks the statuses still to pack and send.
type StatusLabel struct {
	Value  order.Status `json:"value"`
	Label  string       `json:"label"`
	ToShip bool         `json:"toShip"`
}

// FindingLabel is a finding code with its badge label and the hover hint of the 검수 column.
type FindingLabel struct {
	Value order.FindingCode `json:"value"`
	Label string            `json:"label"`
	Hint  string            `json:"hint"`
}

// ListLabel is a printed list; Courier says the list is laid out per courier (배송리스트).
type ListLabel struct {
	Value   lists.ListKind `json:"value"`
	Label   string         `json:"label"`
	Courier bool           `json:"courier"`
}

// Labels are the label tables of the screens: every code Go sends with the words for it, in
// display order, so the page keeps no copy of its own.
type Labels struct {
	Markets  []LabelOption  `json:"markets"`
	Statuses []StatusLabel  `json:"statuses"`
	Findings []FindingLabel `json:"findings"`
	// Results are the outcomes of one shipment in a write (WriteItem.Result).
	Results []LabelOption `json:"results"`
	Lists   []ListLabel   `json:"lists"`
	// ImportKinds are the kinds of a row of a courier's result file on the 송장·발송 screen;
	// MatchedBy says how a row found its shipment (lists.MatchBy).
	ImportKinds []LabelOption `json:"importKinds"`
	MatchedBy   []LabelOption `json:"matchedBy"`
}

// writeResultLabels are the Korean words of a write's outcomes, in reading order: what needs the
// seller's eye first.
var writeResultLabels = []LabelOption{
	{string(fulfil.Failed), "실패"}, {string(fulfil.Unknown), "확인 필요"}, {string(fulfil.Pending), "아직 안 됨"},
	{string(fulfil.Skipped), "건너뜀"}, {string(fulfil.OK), "완료"},
}

// LabelTables are the label tables of the screens.
func LabelTables() Labels {
	l := Labels{
		Results: writeResultLabels,
		ImportKinds: []LabelOption{
			{"problem", "저장 안 됨"}, {"ambiguous", "확인 필요"}, {"unreadable", "번호 읽기 실패"}, {"unmatched", "주문 없음"}, {"matched", "연결됨"},
		},
		MatchedBy: []LabelOption{
			{string(lists.ByShipment), "주문번호"}, {string(lists.ByOrder), "주문번호(묶음)"}, {string(lists.ByReceiver), "수취인·전화번호"},
		},
	}
	for _, m := range order.AllMarketplaces() {
		l.Markets = append(l.Markets, LabelOption{Value: string(m), Label: m.Label()})
	}
	for _, s := range order.AllStatuses() {
		l.Statuses = append(l.Statuses, StatusLabel{Value: s, Label: s.Label(), ToShip: s.ToShip()})
	}
	for _, c := range append(check.Codes(), order.ChangedAfterPrint, order.HopeChanged) {
		l.Findings = append(l.Findings, FindingLabel{Value: c, Label: c.Label(), Hint: FindingHint(c)})
	}
	for _, k := range []lists.ListKind{lists.PickKind, lists.PackKind, lists.ShippingKind} {
		l.Lists = append(l.Lists, ListLabel{Value: k, Label: k.Label(), Courier: k == lists.ShippingKind})
	}
	return l
}
