package app

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Desk holds the methods the UI calls. It is bound to the desktop webview by Wails and served
// over HTTP by the browser door; only its exported methods are reachable, and the browser door
// additionally allow-lists them. Every method validates its input, calls the backend and shapes
// the result; errors carry a Korean sentence for the seller.
type Desk struct {
	app *App
}

// kst is Korea Standard Time; Korea has no daylight saving, so a fixed zone is exact and needs no
// tzdata on the seller's PC.
var kst = time.FixedZone("KST", 9*60*60)

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
}

// Overview is what the shell shows everywhere: counters, the alert badge, marketplaces.
type Overview struct {
	Total    int              `json:"total"`
	Blocked  int              `json:"blocked"`
	Counters []Counter        `json:"counters"`
	Markets  []MarketOverview `json:"markets"`
	DataDir  string           `json:"dataDir"`
	Version  string           `json:"version"`
	// Notice is a Korean sentence about something that happened at start (a restore), or "".
	Notice string `json:"notice"`
}

// Overview returns the counters, the alert badge count and the marketplaces' state.
func (d *Desk) Overview() (Overview, error) {
	ctx := context.Background()
	page, err := d.app.store.List(ctx, store.Filter{Limit: 1})
	if err != nil {
		return Overview{}, d.fail("주문 현황을 읽지 못했습니다.", fmt.Errorf("overview: %w", err))
	}
	settings, err := d.app.loadSettings(ctx)
	if err != nil {
		return Overview{}, d.fail("설정을 읽지 못했습니다.", err)
	}
	ov := Overview{
		Total:   page.Counts.Total,
		Blocked: page.Counts.Blocked,
		DataDir: d.app.cfg.DataDir,
		Version: d.app.cfg.Version,
		Notice:  d.app.startNotice,
	}
	for _, st := range []order.Status{order.StatusPaid, order.StatusAcknowledged, order.StatusShipped, order.StatusDelivering, order.StatusCanceled} {
		ov.Counters = append(ov.Counters, Counter{Status: st, Label: st.Label(), Count: page.Counts.ByStatus[st]})
	}
	for _, m := range order.AllMarketplaces() {
		mo := MarketOverview{Market: m, Label: m.Label(), Configured: settings.configured(m), Shipments: page.Counts.ByMarket[m]}
		runs, err := d.app.store.SyncRuns(ctx, m, 50)
		if err != nil {
			return Overview{}, d.fail("동기화 기록을 읽지 못했습니다.", err)
		}
		if len(runs) > 0 {
			mo.LastSync = runs[0].Finished.In(kst).Format("2006-01-02 15:04")
			mo.LastError = runs[0].ErrKorean
			if mo.LastError == "" {
				mo.NextRun = d.app.nextRun(m, runs[0].Finished)
			}
		}
		for _, r := range runs {
			if r.Err == "" && r.ErrKorean == "" {
				mo.LastSuccess = r.Finished.In(kst).Format("2006-01-02 15:04")
				break
			}
		}
		ov.Markets = append(ov.Markets, mo)
	}
	return ov, nil
}

// ShipmentQuery is the order board's filter, as the UI sends it.
type ShipmentQuery struct {
	Markets     []string `json:"markets"`
	Statuses    []string `json:"statuses"`
	Findings    []string `json:"findings"`
	BlockedOnly bool     `json:"blockedOnly"`
	From        string   `json:"from"` // yyyy-mm-dd, KST, inclusive
	To          string   `json:"to"`   // yyyy-mm-dd, KST, inclusive
	Text        string   `json:"text"`
	Offset      int      `json:"offset"`
	Limit       int      `json:"limit"`
}

// FindingBadge is a finding as the 검수 column shows it.
type FindingBadge struct {
	Code  order.FindingCode `json:"code"`
	Label string            `json:"label"`
	// Hint is one Korean sentence saying why, for the hover on the 검수 column.
	Hint string `json:"hint"`
}

// findingHints say, per finding code, what the 검수 mark means and what to do; the drawer has
// the finding's own message with its evidence.
var findingHints = map[order.FindingCode]string{
	order.OptionNameMismatch: "등록한 옵션명과 구매자가 본 상품명이 달라 다른 상품이 나갈 수 있습니다. 상세에서 다른 부분을 확인하세요.",
	order.BundleMultiplier:   "마켓 묶음 상품이라 보낼 수량이 주문 수량의 배수입니다. 수량 칸의 숫자만큼 담으세요.",
	order.AddressChanged:     "주문 후 배송지가 바뀌었습니다. 새 주소를 확인하고 송장을 다시 출력하세요.",
	order.ClaimOpen:          "구매자가 취소·반품·교환을 요청했습니다. 요청을 처리하기 전에는 보내지 마세요.",
	order.PartialCancel:      "일부 수량이 취소되었습니다. 남은 수량만 보내세요.",
	order.OptionChanged:      "결제 후 옵션이 바뀌었습니다. 바뀐 옵션으로 포장하세요.",
	order.ChangedAfterPrint:  "목록을 출력한 뒤 주문이 바뀌었습니다. 다시 출력하세요.",
}

// ShipmentRow is one row of the order board.
type ShipmentRow struct {
	Key          string            `json:"key"`
	Market       order.Marketplace `json:"market"`
	MarketLabel  string            `json:"marketLabel"`
	ID           string            `json:"id"`
	OrderID      string            `json:"orderId"`
	Status       order.Status      `json:"status"`
	StatusLabel  string            `json:"statusLabel"`
	MarketStatus string            `json:"marketStatus"`
	PaidAt       string            `json:"paidAt"` // KST "MM-DD HH:mm"
	ReceiverName string            `json:"receiverName"`
	Phone        string            `json:"phone"`
	Product      string            `json:"product"`
	Units        int               `json:"units"`
	// Lines is the number of lines in the box; the board folds them out under the row when > 1.
	Lines    int            `json:"lines"`
	Findings []FindingBadge `json:"findings"`
	Blocked  bool           `json:"blocked"`
	Warned   bool           `json:"warned"`
}

// ShipmentPage is one page of the order board.
type ShipmentPage struct {
	Rows  []ShipmentRow `json:"rows"`
	Total int           `json:"total"`
	// TookMs is how long the store took to answer, shown to keep us honest about speed.
	TookMs float64 `json:"tookMs"`
}

// ListShipments answers the order board's filter and search.
func (d *Desk) ListShipments(q ShipmentQuery) (ShipmentPage, error) {
	f, err := q.filter()
	if err != nil {
		return ShipmentPage{}, err
	}
	start := time.Now()
	page, err := d.app.store.List(context.Background(), f)
	if err != nil {
		return ShipmentPage{}, d.fail("주문 목록을 읽지 못했습니다.", fmt.Errorf("list shipments: %w", err))
	}
	out := ShipmentPage{Total: page.Total, Rows: make([]ShipmentRow, 0, len(page.Items)),
		TookMs: float64(time.Since(start).Microseconds()) / 1000}
	for _, s := range page.Items {
		out.Rows = append(out.Rows, rowOf(s))
	}
	return out, nil
}

// ShipmentKeys returns the keys of every shipment that matches the board's filter (Offset and
// Limit are ignored), in the board's order: what select-all selects. The board is virtualized and
// holds only the rows on screen, so the whole filtered result comes from here.
func (d *Desk) ShipmentKeys(q ShipmentQuery) ([]string, error) {
	q.Offset, q.Limit = 0, 0
	f, err := q.filter()
	if err != nil {
		return nil, err
	}
	keys, err := d.app.store.Keys(context.Background(), f)
	if err != nil {
		return nil, d.fail("주문 목록을 읽지 못했습니다.", fmt.Errorf("shipment keys: %w", err))
	}
	if keys == nil {
		keys = []string{}
	}
	return keys, nil
}

// moreLinesRe reads the line count from store.Summary.Product, which is documented as the first
// line's name plus " 외 N건" when the box holds more lines.
var moreLinesRe = regexp.MustCompile(` 외 (\d+)건$`)

func rowOf(s store.Summary) ShipmentRow {
	r := ShipmentRow{
		Key: s.Key, Market: s.Market, MarketLabel: s.Market.Label(), ID: s.ID, OrderID: s.OrderID,
		Status: s.Status, StatusLabel: s.Status.Label(), MarketStatus: s.MarketStatus,
		ReceiverName: s.ReceiverName, Phone: s.Phone, Product: s.Product, Units: s.Units,
		Blocked: s.Blocked, Warned: s.Warned, Findings: make([]FindingBadge, 0, len(s.Findings)),
	}
	if !s.PaidAt.IsZero() {
		r.PaidAt = s.PaidAt.In(kst).Format("01-02 15:04")
	}
	r.Lines = 1
	if m := moreLinesRe.FindStringSubmatch(s.Product); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			r.Lines += n
		}
	}
	for _, c := range s.Findings {
		r.Findings = append(r.Findings, FindingBadge{Code: c, Label: c.Label(), Hint: findingHints[c]})
	}
	return r
}

func (q ShipmentQuery) filter() (store.Filter, error) {
	f := store.Filter{Text: strings.TrimSpace(q.Text), BlockedOnly: q.BlockedOnly, Offset: q.Offset, Limit: q.Limit}
	if q.Offset < 0 || q.Limit < 0 || q.Limit > 1000 {
		return f, userErr("목록 범위가 올바르지 않습니다.", fmt.Errorf("bad page offset %d limit %d", q.Offset, q.Limit))
	}
	for _, m := range q.Markets {
		mk, err := order.ParseMarketplace(m)
		if err != nil {
			return f, userErr("알 수 없는 마켓입니다: "+m, err)
		}
		f.Markets = append(f.Markets, mk)
	}
	for _, s := range q.Statuses {
		st := order.Status(s)
		if !st.Valid() {
			return f, userErr("알 수 없는 주문 상태입니다: "+s, fmt.Errorf("bad status %q", s))
		}
		f.Statuses = append(f.Statuses, st)
	}
	for _, c := range q.Findings {
		f.Findings = append(f.Findings, order.FindingCode(c))
	}
	var err error
	if f.From, err = parseDay(q.From); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q.To); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.Add(24*time.Hour - time.Nanosecond) // the whole last day
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, userErr("기간의 시작일이 종료일보다 늦습니다.", fmt.Errorf("from %s after to %s", q.From, q.To))
	}
	return f, nil
}

func parseDay(s string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(s), kst)
	if err != nil {
		return time.Time{}, userErr("날짜는 2026-11-22 형식으로 입력하세요.", fmt.Errorf("parse day %q: %w", s, err))
	}
	return t, nil
}

// AuditLine is one entry of a shipment's history.
type AuditLine struct {
	At     string `json:"at"` // KST
	Actor  string `json:"actor"`
	Action string `json:"action"`
	Detail string `json:"detail"`
}

// ShipmentDetail is one shipment with everything the drawer shows.
type ShipmentDetail struct {
	Shipment    order.Shipment `json:"shipment"`
	MarketLabel string         `json:"marketLabel"`
	StatusLabel string         `json:"statusLabel"`
	Units       int            `json:"units"`
	Blocked     bool           `json:"blocked"`
	History     []AuditLine    `json:"history"`

	// The drawer's view, shaped and worded in Go.
	Key              string        `json:"key"`
	OrderedAt        string        `json:"orderedAt"` // KST "2006-01-02 15:04"
	PaidAt           string        `json:"paidAt"`
	AcknowledgedAt   string        `json:"acknowledgedAt"`
	ShippingFee      string        `json:"shippingFee"` // "3,000원"
	Total            string        `json:"total"`       // lines + shipping, "44,000원"
	Receiver         ReceiverView  `json:"receiver"`
	PreviousReceiver *ReceiverView `json:"previousReceiver,omitempty"`
	Claim            string        `json:"claim"` // Korean, "" without a claim
	Lines            []LineView    `json:"lines"`
	Findings         []FindingView `json:"findings"`
}

// GetShipment returns one shipment by key, with its audit history.
func (d *Desk) GetShipment(key string) (ShipmentDetail, error) {
	if _, _, err := order.SplitKey(key); err != nil {
		return ShipmentDetail{}, userErr("주문 번호가 올바르지 않습니다.", err)
	}
	ctx := context.Background()
	s, err := d.shipment(ctx, key, "get shipment")
	if err != nil {
		return ShipmentDetail{}, err
	}
	audit, err := d.app.store.Audit(ctx, store.AuditQuery{ShipmentKey: key, Limit: 200})
	if err != nil {
		return ShipmentDetail{}, d.fail("처리 기록을 읽지 못했습니다.", fmt.Errorf("audit %s: %w", key, err))
	}
	det := ShipmentDetail{Shipment: s, MarketLabel: s.Marketplace.Label(), StatusLabel: s.Status.Label(),
		Units: s.UnitsToShip(), Blocked: s.Blocked(), History: make([]AuditLine, 0, len(audit))}
	det.fill(&s, d.app.learnedNames())
	for _, a := range audit {
		det.History = append(det.History, AuditLine{At: a.At.In(kst).Format("2006-01-02 15:04:05"),
			Actor: actorLabel(a.Actor), Action: actionLabel(a.Action), Detail: a.Detail})
	}
	return det, nil
}

// shipment reads one stored shipment for a Desk call (op names the call in the log), with the
// seller's sentence when it is gone or unreadable.
func (d *Desk) shipment(ctx context.Context, key, op string) (order.Shipment, error) {
	s, err := d.app.store.Shipment(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return s, userErr("이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", err)
	}
	if err != nil {
		return s, d.fail("주문을 읽지 못했습니다.", fmt.Errorf("%s %s: %w", op, key, err))
	}
	return s, nil
}

// fail logs the technical cause and returns the seller's sentence.
func (d *Desk) fail(korean string, err error) error {
	d.app.log.Error(korean, "err", err)
	// A full disk, a read-only folder, a damaged file: the seller needs to know which.
	if msg, ok := store.SellerMessage(err); ok {
		korean += " " + msg
	}
	return userErr(korean, err)
}

// BrowserMethods is the allow-list of "Struct.Method" names the browser door may call.
func BrowserMethods() []string {
	return []string{
		"Desk.Overview", "Desk.ListShipments", "Desk.ShipmentKeys", "Desk.GetShipment",
		"Desk.GetSettings", "Desk.SaveSettings", "Desk.RemoveKeys", "Desk.SyncLog", "Desk.SyncNow",
		"Desk.PrintPreview", "Desk.PrintList", "Desk.ExportList", "Desk.Couriers", "Desk.UnmatchedItems", "Desk.LinkItem", "Desk.UnlinkItem",
		"Desk.TestConnection", "Desk.BackupNow", "Desk.ListBackups", "Desk.ScheduleRestore",
		"Desk.PendingRestore", "Desk.CancelRestore", "Desk.ChangeServePassword",
		"Desk.ResolveFinding", "Desk.OverrideFinding", "Desk.Acknowledge",
		"Desk.SetTracking", "Desk.ImportTracking", "Desk.Dispatch", "Desk.TrackingCouriers",
		"Desk.MarkNames", "Desk.LearnedNames", "Desk.ForgetNames",
	}
}
