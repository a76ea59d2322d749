package views

import (
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/check"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// latin finds a Latin word: a code leaking into what the seller reads. The seller's own data
// (product names such as "150g", "L", courier codes) is not checked here, only the labels.
var latin = regexp.MustCompile(`[A-Za-z]{2,}|[A-Za-z]+_`)

// Issue 12 point 11: evidence labels, history kinds and finding names are Korean; particles
// follow the word (no "이(가)"); a whole-quantity cancel is not "부분 취소".
func TestFindingWordsAreKorean(t *testing.T) {
	kinds := []string{check.KindCount, check.KindCapacity, check.KindWeight, check.KindLength, check.KindStorage,
		check.KindPercent, check.KindSize, check.KindModel, check.KindUnit, check.KindColor, check.KindFlavor,
		check.KindScent, check.KindGoods, check.KindTarget, check.KindSkin, check.KindConnect, check.KindPort,
		check.KindTemp, check.KindSpec, check.KindVariant, check.KindUse, check.KindSleeve, check.KindShape,
		check.KindVariety, check.KindPower, check.KindNetwork, check.KindAuthentic, check.KindPackage,
		check.KindFinish, check.KindBed, check.KindGrind, check.KindEgg, check.KindRefill, check.KindGrade,
		check.KindCharge, check.KindWatt, check.KindBundle, check.KindWord}
	fields := append(kinds, "list", "claim", "receiver", "fingerprint", "lines[0].units", "lines[2].option", "taught",
		"event", "name", "address", "ordered", "cancelled", "held", "toShip", "claimType", "claimStatus")
	for _, f := range fields {
		l := EvidenceLabel(f)
		assert.NotEmpty(t, l, f)
		assert.False(t, latin.MatchString(l), "evidence label of %q is %q", f, l)
	}
	assert.Equal(t, "3번째 상품 옵션", EvidenceLabel("lines[2].option"))
	assert.Equal(t, "기타", EvidenceLabel("somethingNew"))

	// The marketplace's event code in the evidence and the history reads in Korean.
	at := time.Date(2026, 11, 22, 9, 40, 0, 0, time.UTC)
	s := order.Shipment{Marketplace: order.Naver, ID: "2026112210001001", OrderID: "2026112210001", Status: order.StatusAcknowledged,
		Receiver: order.Receiver{Name: "김민우", Phone: "010-1234-5678", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 152"},
		Events:   []order.Event{{Kind: order.EventAddressChanged, MarketType: "DELIVERY_ADDRESS_CHANGED", At: at}},
		Lines: []order.Line{
			{ItemID: "1", ProductName: "캐슈넛", OptionName: "1개", Quantity: 2, CanceledQty: 2, UnitPrice: 9000, TotalPrice: 18000},
			{ItemID: "2", ProductName: "아몬드", OptionName: "1개", Quantity: 3, CanceledQty: 1, UnitPrice: 9000, TotalPrice: 27000},
			{ItemID: "3", ProductName: "호두", OptionName: "화이트 / M", FirstOptionName: "블랙 / L", Quantity: 1, UnitPrice: 9000, TotalPrice: 9000}},
	}
	s.Findings = check.Shipment(&s, at)
	rec := lists.RecordPrint(lists.PickKind, &s, at)
	s.Receiver.Address1 = "서울특별시 강남구 테헤란로 153"
	s.Findings = append(s.Findings, lists.ChangedAfterPrint(&s, []lists.PrintRecord{rec}, at)...)
	audit := []store.AuditEntry{
		{At: at, Actor: "seller", Action: "dispatch", Detail: "발송처리 완료"},
		{At: at, Actor: "seller", Action: "tracking-import", Detail: "한진택배 파일"},
		{At: at, Actor: "seller", Action: "dispatch-failed", Detail: "실패"},
		{At: at, Actor: "sync", Action: "print-recheck", Detail: "DELIVERY_ADDRESS_CHANGED"},
		{At: at, Actor: "seller", Action: "something-new"},
	}
	d := Detail(&s, audit, check.Learned{})
	var labels []string
	for _, f := range d.Findings {
		labels = append(labels, f.Label)
		assert.NotContains(t, f.Message, "(가)", f.Message)
		assert.NotContains(t, f.Message, "(으)", f.Message)
		for _, e := range f.Evidence {
			assert.False(t, latin.MatchString(e.Field), "evidence label %q of %s", e.Field, f.Code)
			assert.NotContains(t, e.New, "DELIVERY_ADDRESS_CHANGED")
		}
	}
	assert.Contains(t, labels, "전체 취소", "the first line is cancelled whole")
	assert.Contains(t, labels, "부분 취소", "the second line in part")
	for _, h := range d.History {
		assert.False(t, latin.MatchString(h.Action+" "+h.Detail), "history %q %q", h.Action, h.Detail)
	}
	assert.Equal(t, "발송처리", d.History[0].Action)
	assert.Equal(t, "운송장 파일 반영", d.History[1].Action)
	assert.Equal(t, "발송처리 실패", d.History[2].Action)
	for _, f := range d.Findings {
		if f.Code == string(order.OptionChanged) {
			assert.Contains(t, f.Message, "'화이트 / M'으로 바뀌었습니다")
		}
		if f.Code == string(order.ChangedAfterPrint) {
			assert.Contains(t, f.Message, "배송지가 바뀌었습니다. 피킹리스트를 다시 출력하세요.")
		}
	}
}
