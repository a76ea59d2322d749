// Package views shapes what the screens show from the model: the board's rows, the drawer's
// shipment (names cut into marked parts, 원 amounts, KST times, findings with what the seller may
// do about them) and the words of the audit history. Pure functions: no store, no clock; the
// UI only paints what they give.
package views

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"sellerdesk/backend/check"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// TextPart is a piece of a name; Mark says it is one of the tokens that differ and is highlighted.
// Go cuts the names (the check's spans are byte offsets into UTF-8), so the UI only paints.
type TextPart struct {
	Text string `json:"text"`
	Mark bool   `json:"mark"`
}

// LineView is one line of a shipment as the drawer shows it.
type LineView struct {
	Index int `json:"index"`
	// Registered is what the seller registered (product + option), Exposed what the buyer saw
	// (empty when the marketplace has no separate exposed name), both cut into marked parts.
	Registered []TextPart `json:"registered"`
	Exposed    []TextPart `json:"exposed"`
	// NamesMatch is the check's verdict on the two names; Differences say how they differ, in Korean.
	NamesMatch  bool     `json:"namesMatch"`
	Differences []string `json:"differences"`
	SellerCode  string   `json:"sellerCode"`
	Quantity    int      `json:"quantity"`
	Canceled    int      `json:"canceled"`
	Held        int      `json:"held"`
	Bundle      int      `json:"bundle"`
	// BundleNote says how the count of a marketplace bundle was read, in Korean
	// ("5개 묶음 × 1 = 낱개 5개", "쿠팡이 낱개 기준 수량 5를 보냈습니다"); "" without a bundle.
	BundleNote string `json:"bundleNote"`
	Units      int    `json:"units"`
	UnitPrice  string `json:"unitPrice"`  // "41,000원"
	TotalPrice string `json:"totalPrice"` // "41,000원"

	// NameSeverity is "block" when a typed attribute differs, "warn" when only words do (확인
	// 필요), "" when the names match. Taught is the seller's own answer for this pair ("같은
	// 상품", "다른 상품" or ""), which the check follows.
	NameSeverity string `json:"nameSeverity"`
	Taught       string `json:"taught"`
}

// ReceiverView is a receiver as the drawer shows it.
type ReceiverView struct {
	Name    string `json:"name"`
	Phone   string `json:"phone"`
	Phone2  string `json:"phone2"`
	Zip     string `json:"zip"`
	Address string `json:"address"`
	Message string `json:"message"`
}

// EvidenceView is one field that proves a finding.
type EvidenceView struct {
	Field string `json:"field"` // Korean
	Old   string `json:"old"`
	New   string `json:"new"`
}

// FindingView is one finding with what the seller may do about it.
type FindingView struct {
	ID       string         `json:"id"`
	Code     string         `json:"code"`
	Label    string         `json:"label"`
	Severity string         `json:"severity"` // "block" | "warn"
	Message  string         `json:"message"`
	Line     int            `json:"line"`
	Evidence []EvidenceView `json:"evidence"`
	RaisedAt string         `json:"raisedAt"` // KST
	// Open: not resolved or overridden yet (a finding only the marketplace clears stays open).
	Open bool `json:"open"`
	// Resolution says who dealt with it and how, in Korean ("확인 완료 · seller · 11-22 10:03 · 사유").
	Resolution string `json:"resolution"`
	// Clearance is who may clear it (order.Clearance: seller, seller-reason, marketplace).
	Clearance string `json:"clearance"`
	// Actions are what the seller may do about it now, in order; empty when only the
	// marketplace can clear it (ClearNote says so) or when it was dealt with.
	Actions []FindingAction `json:"actions"`
	// ClearNote says, in Korean, how a finding the seller cannot clear will go away ("" otherwise).
	ClearNote string `json:"clearNote"`
}

// FindingAction is one thing the seller may do about a finding, worded for the drawer.
type FindingAction struct {
	// Kind is "resolve" (Desk.ResolveFinding) or "override" (Desk.OverrideFinding).
	Kind string `json:"kind"`
	// Label is the button, Submit the confirm button, Field the text box's name.
	Label  string `json:"label"`
	Submit string `json:"submit"`
	Field  string `json:"field"`
	// Placeholder shows an example; ReasonRequired says the text may not be empty.
	Placeholder    string `json:"placeholder"`
	ReasonRequired bool   `json:"reasonRequired"`
}

// findingActions lists what the seller may do about an open finding, as order.FindingCode.SellerMay
// allows; the page shows these and nothing else.
func findingActions(f *order.Finding) []FindingAction {
	out := []FindingAction{}
	if !f.Open() {
		return out
	}
	if ok, need := f.Code.SellerMay(order.Resolved, f.Severity); ok {
		a := FindingAction{Kind: "resolve", Label: "확인 완료", Submit: "확인 완료로 기록", Field: "확인 메모",
			Placeholder: "메모 (선택): 예) 새 주소 확인함", ReasonRequired: need}
		if need {
			a.Field, a.Placeholder = "확인 사유", "사유 (필수): 예) 판매자센터에서 옵션 확인, 160g 맞음"
		}
		out = append(out, a)
	}
	if ok, _ := f.Code.SellerMay(order.Overridden, f.Severity); ok {
		// Overriding lifts the hold and nothing more: the box goes back on the lists and may be
		// dispatched; it is not sent by this button.
		out = append(out, FindingAction{Kind: "override", Label: "보류 해제…", Submit: "보류 해제", Field: "보류 해제 사유",
			Placeholder: "사유 (필수): 예) 구매자와 통화해 160g 맞음 확인", ReasonRequired: true})
	}
	return out
}

func receiverView(r order.Receiver) ReceiverView {
	return ReceiverView{Name: r.Name, Phone: r.Phone, Phone2: r.Phone2, Zip: r.Zip, Address: r.Address(), Message: r.Message}
}

func lineView(i int, l *order.Line, m order.Marketplace, learned check.Learned) LineView {
	v := LineView{Index: i, SellerCode: l.SellerCode, Quantity: l.Quantity, Canceled: l.CanceledQty, Held: l.HeldQty,
		Bundle: l.Multiplier(), BundleNote: check.BundleNote(l, m), Units: l.UnitsToShip(), UnitPrice: won(l.UnitPrice),
		TotalPrice: won(l.TotalPrice), Differences: []string{}, NamesMatch: true}
	registered := check.RegisteredName(l)
	if l.ExposedName == "" {
		v.Registered = []TextPart{{Text: registered}}
		v.Exposed = []TextPart{}
		return v
	}
	cmp := check.CompareLine(l)
	v.NamesMatch, v.NameSeverity = cmp.Match, string(cmp.Severity)
	if same, known := learned.Verdict(registered, l.ExposedName, l.Multiplier()); known {
		v.Taught = "다른 상품"
		if same {
			v.Taught = "같은 상품"
		}
		v.NamesMatch = same
	}
	var regSpans, expSpans [][2]int
	for _, d := range cmp.Differences {
		for _, s := range d.RegisteredSpans {
			regSpans = append(regSpans, [2]int{s.Start, s.End})
		}
		for _, s := range d.ExposedSpans {
			expSpans = append(expSpans, [2]int{s.Start, s.End})
		}
		reg, exp := d.Registered, d.Exposed
		if reg == "" {
			reg = "(없음)"
		}
		if exp == "" {
			exp = "(없음)"
		}
		v.Differences = append(v.Differences, check.KindLabel(d.Kind)+": "+reg+" ↔ "+exp)
	}
	v.Registered = markParts(registered, regSpans)
	v.Exposed = markParts(l.ExposedName, expSpans)
	return v
}

// markParts cuts s into parts at the byte spans, marking the parts inside a span. Spans may
// overlap or come unordered; spans outside s or cutting a UTF-8 character are clamped to whole
// characters, so the parts always join back to s.
func markParts(s string, spans [][2]int) []TextPart {
	var clean [][2]int
	for _, sp := range spans {
		a, b := max(0, sp[0]), min(len(s), sp[1])
		if a >= b {
			continue
		}
		for a > 0 && a < len(s) && !utf8.RuneStart(s[a]) {
			a--
		}
		for b < len(s) && !utf8.RuneStart(s[b]) {
			b++
		}
		if a < b {
			clean = append(clean, [2]int{a, b})
		}
	}
	sort.Slice(clean, func(i, j int) bool { return clean[i][0] < clean[j][0] })
	parts := []TextPart{}
	pos := 0
	for _, sp := range clean {
		a, b := sp[0], sp[1]
		if a < pos {
			a = pos
		}
		if a >= b {
			continue
		}
		if a > pos {
			parts = append(parts, TextPart{Text: s[pos:a]})
		}
		parts = append(parts, TextPart{Text: s[a:b], Mark: true})
		pos = b
	}
	if pos < len(s) {
		parts = append(parts, TextPart{Text: s[pos:]})
	}
	return parts
}

var evidenceLabels = map[string]string{
	"address": "주소", "name": "이름", "phone": "전화", "zip": "우편번호", "option": "옵션",
	"bundleSize": "묶음 수", "quantity": "주문 수량", "unitsToShip": "보낼 수량", "ordered": "주문 수량",
	"cancelled": "취소 수량", "held": "취소 대기 수량", "toShip": "보낼 수량", "event": "마켓 알림",
	"claimType": "요청 종류", "claimStatus": "요청 상태", "requestedAt": "요청 시각", "reason": "사유",
	"quantityBasis": "수량 기준", "bundleName": "묶음 옵션명", "exposedName": "주문서 상품명",
	"list": "다시 출력할 목록", "claim": "취소·반품·교환", "receiver": "받는 분", "fingerprint": "출력 내용",
	"taught": "판매자가 알려 준 조합", "units": "넣을 수량", "hope": "배송 희망일",
}

// EvidenceLabel is the Korean name of an evidence field: the fields of the checks, the kinds of
// name difference (check.KindName: 용량, 색상…), a line's field ("2번째 상품 넣을 수량"). A field
// nobody named yet reads "기타" rather than leak a code.
func EvidenceLabel(field string) string {
	if l, ok := evidenceLabels[field]; ok {
		return l
	}
	if l, ok := check.KindName(field); ok {
		return l
	}
	if rest, ok := strings.CutPrefix(field, "lines["); ok {
		if i := strings.Index(rest, "]."); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				return fmt.Sprintf("%d번째 상품 %s", n+1, EvidenceLabel(rest[i+2:]))
			}
		}
	}
	return "기타"
}

// marketEvents are the marketplaces' own names of a change, in Korean.
var marketEvents = map[string]string{
	"DELIVERY_ADDRESS_CHANGED": "배송지 변경", "receiverAddressChanged": "배송지 변경", "EXCHANGE_OPTION": "옵션 변경",
	"CLAIM_REQUESTED": "취소·반품·교환 요청", "CLAIM_REJECTED": "요청 거부", "CLAIM_COMPLETED": "요청 완료",
	"CLAIM_HOLDBACK_RELEASED": "보류 해제", "HOPE_DELIVERY_INFO_CHANGED": "희망 배송 정보 변경", "DISPATCHED": "발송처리",
	"PAYED": "결제완료", "PAY_WAITING": "결제대기", "PURCHASE_DECIDED": "구매확정", "COLLECT_DONE": "수거 완료",
	"GIFT_RECEIVED": "선물 수락",
}

// koreanWords replaces the marketplaces' event codes inside a text with their Korean names.
func koreanWords(v string) string {
	words := strings.Fields(v)
	changed := false
	for i, w := range words {
		if k, ok := marketEvents[w]; ok {
			words[i], changed = k, true
		}
	}
	if !changed {
		return v
	}
	return strings.Join(words, " ")
}

// kstTimes rewrites the RFC 3339 times inside an evidence value (the checks keep them in UTC)
// as KST, the way the seller reads every time.
func kstTimes(v string) string {
	words := strings.Fields(v)
	changed := false
	for i, w := range words {
		if t, err := time.Parse(time.RFC3339, w); err == nil {
			words[i] = t.In(order.KST()).Format("2006-01-02 15:04")
			changed = true
		}
	}
	if !changed {
		return v
	}
	return strings.Join(words, " ")
}

func findingView(f *order.Finding) FindingView {
	v := FindingView{ID: f.ID(), Code: string(f.Code), Label: f.Label(), Severity: string(f.Severity),
		Message: f.Message, Line: f.Line, Open: f.Open(), Evidence: []EvidenceView{},
		Clearance: string(f.Code.Clearance()), Actions: findingActions(f)}
	if f.Open() && f.Code.Clearance() == order.ClearedByMarketplace {
		v.ClearNote = check.ErrMarketplaceOnly.Error()
	}
	if !f.RaisedAt.IsZero() {
		v.RaisedAt = f.RaisedAt.In(order.KST()).Format("2006-01-02 15:04")
	}
	for _, e := range f.Evidence {
		v.Evidence = append(v.Evidence, EvidenceView{Field: EvidenceLabel(e.Field), Old: koreanWords(kstTimes(e.Old)),
			New: koreanWords(kstTimes(e.New))})
	}
	if r := f.Resolution; r != nil && !v.Open {
		kind := "확인 완료"
		if r.Kind == order.Overridden {
			kind = "보류 해제"
		}
		parts := []string{kind, actorLabel(r.By)}
		if !r.At.IsZero() {
			parts = append(parts, r.At.In(order.KST()).Format("2006-01-02 15:04"))
		}
		if r.Reason != "" {
			parts = append(parts, "사유: "+r.Reason)
		}
		v.Resolution = strings.Join(parts, " · ")
	}
	return v
}

// won formats an amount in 원 with thousands separators: 41000 → "41,000원".
func won(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteString("원")
	return b.String()
}

// Clock is a time as the seller reads it (KST), "" for the zero time.
func Clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(order.KST()).Format("2006-01-02 15:04")
}

// Detail is the drawer's view of s with its audit history, with the name pairs the seller taught.
func Detail(s *order.Shipment, audit []store.AuditEntry, learned check.Learned) ShipmentDetail {
	det := ShipmentDetail{Shipment: *s, MarketLabel: s.Marketplace.Label(), Name: s.Name(), StatusLabel: s.Status.Label(),
		Units: s.UnitsToShip(), Blocked: s.Held(), History: make([]AuditLine, 0, len(audit))}
	for _, a := range audit {
		det.History = append(det.History, AuditLine{At: a.At.In(order.KST()).Format("2006-01-02 15:04:05"),
			Actor: actorLabel(a.Actor), Action: actionLabel(a.Action), Detail: koreanWords(a.Detail)})
	}
	det.Key = s.Key()
	det.ShipBy, det.Hope = Clock(s.ShipBy), HopeFacts(s.Hope)
	if s.Hope != nil {
		det.HopeBlocked = fulfil.HopeBlocked(s)
	}
	if s.Status.ToShip() {
		if det.SellerCancelBlocked = fulfil.SellerCancelBlocked(s); det.SellerCancelBlocked == "" {
			det.SellerCancelWarning = fulfil.SellerCancelWarning
			det.SellerCancelLines, det.SellerCancelWholeOnly = fulfil.SellerCancelLines(s), fulfil.SellerCancelPartialBlocked(s)
		}
	}
	if w := s.WriteProblem; w != nil {
		det.WriteProblem, det.WriteMessage = WriteProblemLabel(w), w.Message
	}
	if s.Printed != nil {
		det.PrintBatch, det.Printed = s.Printed.Batch, printedNames(s.Printed)
	}
	det.OrderedAt, det.PaidAt, det.AcknowledgedAt = Clock(s.OrderedAt), Clock(s.PaidAt), Clock(s.AcknowledgedAt)
	det.ShippingFee = won(s.ShippingFee)
	total := s.ShippingFee
	det.Lines = make([]LineView, 0, len(s.Lines))
	for i := range s.Lines {
		total += s.Lines[i].TotalPrice
		det.Lines = append(det.Lines, lineView(i, &s.Lines[i], s.Marketplace, learned))
	}
	det.Total = won(total)
	det.Receiver = receiverView(s.Receiver)
	if s.PreviousReceiver != nil && !s.PreviousReceiver.SameDestination(s.Receiver) {
		prev := receiverView(*s.PreviousReceiver)
		det.PreviousReceiver = &prev
	} else if hasOpen(s, order.AddressChanged) {
		// the marketplace said the address changed before SellerDesk first saw the box
		det.PreviousUnknown = "바뀌기 전 주소는 알 수 없습니다: " + s.Marketplace.Label() + "에서 처음 받았을 때 이미 바뀐 주소였습니다."
	}
	if c := s.Claim; c != nil {
		det.Claim = c.Type.Label()
		switch {
		case c.Open:
			det.Claim += " 요청 중"
		case c.MarketStatus == coupang.ClaimWithdrawn:
			det.Claim += " 요청 철회됨 (구매자)"
		case c.Withdrawn:
			det.Claim += " 요청 철회·거부됨"
		}
		if c.Reason != "" {
			det.Claim += " · 사유: " + c.Reason
		}
		if !c.RequestedAt.IsZero() {
			det.Claim += " · " + Clock(c.RequestedAt)
		}
		if len(c.RedeliveryInvoices) > 1 {
			parts := make([]string, 0, len(c.RedeliveryInvoices))
			for _, inv := range c.RedeliveryInvoices {
				parts = append(parts, "박스 "+inv.Box+" "+inv.Number)
			}
			det.Claim += " · 재배송 운송장 " + strings.Join(parts, ", ")
		} else if c.RedeliveryNumber != "" {
			det.Claim += " · 재배송 운송장 " + c.RedeliveryNumber
		}
	}
	// Blocking open findings first, then warnings, then the ones already dealt with.
	det.Findings = make([]FindingView, 0, len(s.Findings))
	for i := range s.Findings {
		det.Findings = append(det.Findings, findingView(&s.Findings[i]))
	}
	rank := func(f FindingView) int {
		switch {
		case f.Open && f.Severity == string(order.Block):
			return 0
		case f.Open:
			return 1
		}
		return 2
	}
	sort.SliceStable(det.Findings, func(i, j int) bool { return rank(det.Findings[i]) < rank(det.Findings[j]) })
	return det
}

// actionLabel is an audit action in the seller's words.
func actionLabel(action string) string {
	switch action {
	case "finding-resolved":
		return "검수 확인 완료"
	case "finding-overridden":
		return "검수 보류 해제"
	case "names-taught":
		return "상품명 조합 기억"
	case "names-forgotten":
		return "상품명 조합 기억 지움"
	case "no-combine":
		return "합포장 금지 설정"
	case "acknowledged":
		return "발주확인"
	case "backup":
		return "백업"
	case "restore-scheduled":
		return "복원 예약"
	case "serve-password-changed":
		return "브라우저 비밀번호 변경"
	case "acknowledge":
		return "발주확인"
	case "dispatch":
		return "발송처리"
	case "tracking-set":
		return "운송장 입력"
	case "tracking-import":
		return "운송장 파일 반영"
	case "tracking-clear":
		return "운송장 지움"
	case "print":
		return "출력"
	case "print-recheck":
		return "출력 후 검수"
	case "personal-data-masked":
		return "개인정보 가림"
	case "sku-link":
		return "상품 코드 연결"
	case "sku-unlink":
		return "상품 코드 연결 해제"
	case "delay":
		return "발송지연"
	case "invoice-fix":
		return "송장 수정"
	case "hope-change":
		return "배송 희망일 변경"
	case "seller-cancel":
		return "판매 취소"
	case "claim-stop", "claim-shipped", "claim-approve":
		return "클레임 답변"
	}
	for prefix, label := range map[string]string{"acknowledge-": "발주확인", "dispatch-": "발송처리", "hope-change-": "배송 희망일 변경", "seller-cancel-": "판매 취소"} {
		if rest, ok := strings.CutPrefix(action, prefix); ok {
			return label + " " + writeResultWords[rest]
		}
	}
	if strings.HasPrefix(action, "digital.") {
		return "디지털 상품 처리"
	}
	return "기록"
}

// writeResultWords are the outcomes of a write as the history reads them.
var writeResultWords = map[string]string{"failed": "실패", "unknown": "확인 필요", "skipped": "건너뜀", "pending": "대기", "ok": "완료"}

func actorLabel(actor string) string {
	switch actor {
	case SellerActor:
		return "판매자"
	case "sync":
		return "동기화"
	}
	return actor
}

// SellerActor names who acts through the UI in audit entries and resolutions.
const SellerActor = "seller"

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
	// Name is the box's one name (order.Shipment.Name), the drawer's title.
	Name        string `json:"name"`
	StatusLabel string `json:"statusLabel"`
	Units       int    `json:"units"`
	// Blocked is order.Shipment.Held: 발송 보류.
	Blocked bool        `json:"blocked"`
	History []AuditLine `json:"history"`

	// The drawer's view, shaped and worded in Go.
	Key              string        `json:"key"`
	OrderedAt        string        `json:"orderedAt"` // KST "2006-01-02 15:04"
	PaidAt           string        `json:"paidAt"`
	AcknowledgedAt   string        `json:"acknowledgedAt"`
	ShippingFee      string        `json:"shippingFee"` // "3,000원"
	Total            string        `json:"total"`       // lines + shipping, "44,000원"
	Receiver         ReceiverView  `json:"receiver"`
	PreviousReceiver *ReceiverView `json:"previousReceiver,omitempty"`
	// PreviousUnknown says why no earlier address is shown for an address change ("" otherwise).
	PreviousUnknown string        `json:"previousUnknown,omitempty"`
	Claim           string        `json:"claim"` // Korean, "" without a claim
	Lines           []LineView    `json:"lines"`
	Findings        []FindingView `json:"findings"`
	// ShipBy is the 발송기한 (KST "2006-01-02 15:04", "" when none); WriteProblem names a write that
	// did not go through and WriteMessage what the seller was told; PrintBatch and Printed say what
	// was printed (as on the board's row).
	ShipBy string `json:"shipBy"`
	// Hope is the buyer's hope-delivery day with its hour, region and last change (HopeFacts), ""
	// when the box is not a hope delivery.
	Hope string `json:"hope"`
	// HopeBlocked says in Korean why the hope-delivery day cannot be changed now (fulfil.HopeBlocked),
	// "" when the drawer offers 배송 희망일 변경 (or the box is not a hope delivery).
	HopeBlocked string `json:"hopeBlocked,omitempty"`
	// SellerCancelBlocked says in Korean why a box still to ship cannot be cancelled by the seller
	// (fulfil.SellerCancelBlocked); SellerCancelWarning is what the seller reads before a 판매 취소,
	// set only when the drawer offers it.
	SellerCancelBlocked string `json:"sellerCancelBlocked,omitempty"`
	SellerCancelWarning string `json:"sellerCancelWarning,omitempty"`
	// SellerCancelLines are the goods the 판매 취소 form lists with a count each (all they have left:
	// the whole box); SellerCancelWholeOnly says in Korean why only the whole box may be cancelled
	// now ("" when the seller may lower the counts).
	SellerCancelLines     []fulfil.CancelableLine `json:"sellerCancelLines,omitempty"`
	SellerCancelWholeOnly string                  `json:"sellerCancelWholeOnly,omitempty"`
	WriteProblem          string                  `json:"writeProblem"`
	WriteMessage          string                  `json:"writeMessage"`
	PrintBatch            string                  `json:"printBatch"`
	Printed               string                  `json:"printed"`
}

func hasOpen(s *order.Shipment, c order.FindingCode) bool {
	for i := range s.Findings {
		if s.Findings[i].Code == c && s.Findings[i].Open() {
			return true
		}
	}
	return false
}
