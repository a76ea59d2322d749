package views

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Counter is one of the counters on top of the order board.
type Counter struct {
	Status order.Status `json:"status"`
	Label  string       `json:"label"`
	Count  int          `json:"count"`
}

// MarketOverview is one marketplace's state for the sidebar and the sync screen.
type MarketOverview struct {
	Market     order.Marketplace `json:"market"`
	Label      string            `json:"label"`
	Configured bool              `json:"configured"`
	Shipments  int               `json:"shipments"`
	LastSync   string            `json:"lastSync"` // KST, "" if never
	LastError  string            `json:"lastError"`
	// LastSuccess is the end of the last run without an error (KST, "" if none).
	LastSuccess string `json:"lastSuccess"`
	// NextRun is when the next automatic sync is due (KST); "" while no sync engine runs.
	NextRun string `json:"nextRun"`
	// KeyNote warns before the marketplace's API keys run out (Coupang: coupang.KeyExpiryNote).
	KeyNote string `json:"keyNote,omitempty"`
}

// SetRuns fills the last sync, its error and the last success from the marketplace's sync runs,
// newest first.
func (mo *MarketOverview) SetRuns(runs []store.SyncRun) {
	if len(runs) > 0 {
		mo.LastSync = runs[0].Finished.In(order.KST()).Format("2006-01-02 15:04")
		mo.LastError = runs[0].ErrKorean
	}
	for _, r := range runs {
		if r.Err == "" && r.ErrKorean == "" {
			mo.LastSuccess = r.Finished.In(order.KST()).Format("2006-01-02 15:04")
			return
		}
	}
}

// Overview is what the shell shows everywhere: counters, the alert badge, marketplaces.
type Overview struct {
	Total    int              `json:"total"`
	Blocked  int              `json:"blocked"`
	Claims   int              `json:"claims"` // open claims (the 클레임 badge)
	Counters []Counter        `json:"counters"`
	Markets  []MarketOverview `json:"markets"`
	DataDir  string           `json:"dataDir"`
	Version  string           `json:"version"`
	// Notice is a Korean sentence about something that happened at start (a restore), or "".
	Notice string `json:"notice"`
}

// FindingBadge is a finding as the 검수 column shows it.
type FindingBadge struct {
	Code  order.FindingCode `json:"code"`
	Label string            `json:"label"`
	// Hint is one Korean sentence saying why, for the hover on the 검수 column.
	Hint string `json:"hint"`
}

// FindingHint says what the 검수 mark of a finding code means and what to do.
func FindingHint(c order.FindingCode) string { return findingHints[c] }

// findingHints say, per finding code, what the 검수 mark means and what to do; the drawer has
// the finding's own message with its evidence.
var findingHints = map[order.FindingCode]string{
	order.OptionNameMismatch: "등록한 옵션명과 구매자가 본 상품명이 달라 다른 상품이 나갈 수 있습니다. 상세에서 다른 부분을 확인하세요.",
	order.BundleMultiplier:   "마켓 묶음 상품이라 보낼 수량이 주문 수량의 배수입니다. 수량 칸의 숫자만큼 담으세요.",
	order.AddressChanged:     "주문 후 배송지가 바뀌었습니다. 상세에서 바뀌기 전과 후를 확인하세요. 출력한 목록이 있으면 '출력 후 변경'이 다시 출력할 목록을 알려 줍니다.",
	order.ClaimOpen:          "구매자가 취소·반품·교환을 요청했습니다. 요청을 처리하기 전에는 보내지 마세요.",
	order.PartialCancel:      "일부 수량이 취소되었습니다. 남은 수량만 보내세요.",
	order.OptionChanged:      "결제 후 옵션이 바뀌었습니다. 바뀐 옵션으로 포장하세요.",
	order.ChangedAfterPrint:  "목록을 출력한 뒤 주문이 바뀌었습니다. 다시 출력하세요.",
	order.HopeChanged:        "구매자가 배송 희망일을 바꿨습니다. 새 희망일에 도착하도록 보내세요.",
}

// ShipmentRow is one row of the order board.
type ShipmentRow struct {
	Key         string            `json:"key"`
	Market      order.Marketplace `json:"market"`
	MarketLabel string            `json:"marketLabel"`
	ID          string            `json:"id"`
	OrderID     string            `json:"orderId"`
	// Name is the box's one name (order.BoxName): marketplace, order number, receiver and, for an
	// order of several boxes, which one — what 알림 and the results show.
	Name string `json:"name"`
	// Box says which box of its order the row is ("박스 2/3"), "" when the order has one box.
	Box          string       `json:"box"`
	Status       order.Status `json:"status"`
	StatusLabel  string       `json:"statusLabel"`
	MarketStatus string       `json:"marketStatus"`
	PaidAt       string       `json:"paidAt"` // KST "MM-DD HH:mm"
	ReceiverName string       `json:"receiverName"`
	Phone        string       `json:"phone"`
	Product      string       `json:"product"`
	Units        int          `json:"units"`
	// Lines is the number of lines in the box; the board folds them out under the row when > 1.
	Lines    int            `json:"lines"`
	Findings []FindingBadge `json:"findings"`
	Blocked  bool           `json:"blocked"`
	Warned   bool           `json:"warned"`
	// ShipBy is the 발송기한 (KST "MM-DD HH:mm", "" when none), DDay its distance in days ("D-2",
	// "D-day", "D+1") and DueTone "overdue", "today" or "" (how the column is coloured).
	ShipBy  string `json:"shipBy"`
	DDay    string `json:"dday"`
	DueTone string `json:"dueTone"`
	// Hope is the day the buyer wants the goods ("희망 12/24(목)", views.HopeMark), "" when the box
	// is not a hope delivery.
	Hope string `json:"hope"`
	// Tracking is the courier and the tracking number ("" when none).
	Tracking string `json:"tracking"`
	// PrintBatch is the shipping-list print (차수) the box was last on; Printed names the lists it
	// was printed on ("피킹·배송"); both "" before any print.
	PrintBatch string `json:"printBatch"`
	Printed    string `json:"printed"`
	// WriteProblem says which write did not go through ("발송처리 실패", "발주확인 확인 필요"),
	// WriteMessage the sentence the seller read then; "" when none.
	WriteProblem string `json:"writeProblem"`
	WriteMessage string `json:"writeMessage"`
	// Digital is the digital delivery's state beside the marketplace's ("" when the order is not
	// mailed), DigitalLabel it in Korean and DigitalHint the marketplace step after the mail.
	Digital      string `json:"digital,omitempty"`
	DigitalLabel string `json:"digitalLabel,omitempty"`
	DigitalHint  string `json:"digitalHint,omitempty"`
}

// WithDelivery adds a digital delivery's badge to a row.
func (r *ShipmentRow) WithDelivery(b store.DeliveryBadge) {
	r.Digital, r.DigitalLabel = string(b.State), "메일 "+b.State.Label()
	r.DigitalHint = "디지털 상품 메일: " + b.State.Label()
	if l := store.MarketStateLabel(b.MarketState); l != "" {
		r.DigitalHint += " · " + l
	}
}

// ShipmentPage is one page of the order board.
type ShipmentPage struct {
	Rows  []ShipmentRow `json:"rows"`
	Total int           `json:"total"`
	// TookMs is how long the store took to answer, shown to keep us honest about speed.
	TookMs float64 `json:"tookMs"`
}

// Row is one row of the order board at the time now (the 발송기한's D-day).
func Row(s store.Summary, now time.Time) ShipmentRow {
	r := ShipmentRow{
		Key: s.Key, Market: s.Market, MarketLabel: s.Market.Label(), ID: s.ID, OrderID: s.OrderID,
		Name: order.BoxName(s.Market, s.OrderID, s.ID, s.ReceiverName, s.Box), Box: s.Box.Label(),
		Status: s.Status, StatusLabel: s.Status.Label(), MarketStatus: s.MarketStatus,
		ReceiverName: s.ReceiverName, Phone: s.Phone, Product: s.Product, Units: s.Units,
		Blocked: s.Blocked, Warned: s.Warned, Findings: make([]FindingBadge, 0, len(s.Findings)),
	}
	if !s.PaidAt.IsZero() {
		r.PaidAt = s.PaidAt.In(order.KST()).Format("01-02 15:04")
	}
	r.Lines = max(s.Lines, 1)
	for _, c := range s.Findings {
		r.Findings = append(r.Findings, FindingBadge{Code: c, Label: c.Label(), Hint: findingHints[c]})
	}
	if !s.ShipBy.IsZero() {
		r.ShipBy = s.ShipBy.In(order.KST()).Format("01-02 15:04")
		r.DDay, r.DueTone = DDay(s.ShipBy, now, !s.Status.ToShip())
	}
	r.Hope = HopeMark(s.Hope)
	if s.TrackingNumber != "" {
		r.Tracking = strings.TrimSpace(s.Courier + " " + s.TrackingNumber)
	}
	if p := s.Printed; p != nil {
		r.PrintBatch, r.Printed = p.Batch, printedNames(p)
	}
	if w := s.WriteProblem; w != nil {
		r.WriteProblem = WriteProblemLabel(w)
		r.WriteMessage = w.Message
	}
	return r
}

var printedListNames = map[string]string{"pick": "피킹", "pack": "패킹", "shipping": "배송"}

// printedNames names the lists a box was printed on, in the order of the work ("피킹·배송").
func printedNames(p *order.Printed) string {
	names := make([]string, 0, len(p.Lists))
	for _, l := range []string{"pick", "pack", "shipping"} {
		if slices.Contains(p.Lists, l) {
			names = append(names, printedListNames[l])
		}
	}
	return strings.Join(names, "·")
}

// DDay is how far the 발송기한 due is from now in KST days ("D-2", "D-day", "D+1") and its tone:
// "overdue" once it has passed, "today" when it ends today; a box already sent (done) has no tone.
func DDay(due, now time.Time, done bool) (string, string) {
	day := func(t time.Time) time.Time {
		y, m, d := t.In(order.KST()).Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	days := int(day(due).Sub(day(now)).Hours() / 24)
	label := "D-day"
	switch {
	case days > 0:
		label = "D-" + strconv.Itoa(days)
	case days < 0:
		label = "D+" + strconv.Itoa(-days)
	}
	switch {
	case done:
		return label, ""
	case !due.After(now):
		return label, "overdue"
	case days == 0:
		return label, "today"
	}
	return label, ""
}

// WriteProblemLabel names a write that did not go through: the write and its outcome.
func WriteProblemLabel(w *order.WriteProblem) string {
	what := actionLabel(w.Action)
	switch w.Action {
	case "dispatch":
		what = "발송처리"
	case "acknowledge":
		what = "발주확인"
	}
	switch w.Result {
	case order.WriteUnknown:
		return what + " 확인 필요"
	case order.WritePending:
		return what + " 대기"
	}
	return what + " 실패"
}
