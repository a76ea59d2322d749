package lists

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/lists")

// goldenDir is the repository's testdata folder for this package.
const goldenDir = "../../testdata/lists"

var testNow = time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC)

func paid(min int) time.Time { return time.Date(2026, 11, 22, 0, min, 0, 0, time.UTC) }

// sampleShipments is a realistic morning of orders from both marketplaces: a buyer who ordered
// on both (one box), a Coupang bundle option (×5), a partial cancel, a blocked address change, a
// 합포장 금지 flag, a resolved block, a cancelled box, and full-width names.
func sampleShipments() []order.Shipment {
	kim := order.Receiver{Name: "김민우", Phone: "010-1234-5678", Zip: "06236",
		Address1: "서울특별시 강남구 테헤란로 152", Address2: "강남파이낸스센터 12층", Message: "부재 시 경비실에 맡겨주세요"}
	kimCoupang := kim
	kimCoupang.Phone = "01012345678"
	kimCoupang.Address1 = "서울특별시 강남구 테헤란로152"
	kimCoupang.Message = "문 앞"
	choi := order.Receiver{Name: "최유나", Phone: "010-2222-3333", Zip: "48058",
		Address1: "부산광역시 해운대구 센텀중앙로 79", Address2: "101동 1203호"}
	return []order.Shipment{
		{
			Marketplace: order.Naver, ID: "2026112210001001", OrderID: "2026112210001", Status: order.StatusAcknowledged,
			PaidAt: paid(5), OrdererName: "김민우", Receiver: kim,
			Lines: []order.Line{{ItemID: "8801234", ProductName: "캐슈넛 160g", OptionName: "1개 160g",
				SellerCode: "NUT-CASHEW-160", Quantity: 2, UnitPrice: 8900, TotalPrice: 17800}},
		},
		{
			Marketplace: order.Coupang, ID: "642538970006401429", OrderID: "30000012345", Status: order.StatusAcknowledged,
			PaidAt: paid(12), OrdererName: "김민우", Receiver: kimCoupang,
			Lines: []order.Line{
				{ItemID: "70001", ProductName: "고소한 캐슈넛 160g", OptionName: "1개", ExposedName: "캐슈넛 160g x 5개",
					SellerCode: "NUT-CASHEW-160", Quantity: 1, BundleSize: 5, UnitPrice: 39000, TotalPrice: 39000},
				{ItemID: "70002", ProductName: "레몬 가루 150g", OptionName: "3개", Quantity: 1, UnitPrice: 12000, TotalPrice: 12000},
			},
			Findings: []order.Finding{{Code: order.BundleMultiplier, Severity: order.Warn, Line: 0,
				Message: "묶음상품입니다. 5개를 보내야 합니다."}},
		},
		{
			Marketplace: order.Coupang, ID: "642538970006401500", OrderID: "30000012399", Status: order.StatusPaid,
			PaidAt: paid(20), OrdererName: "이서주",
			Receiver: order.Receiver{Name: "이서주", Phone: "0505-123-4567", Zip: "34126",
				Address1: "대전광역시 유성구 대학로 99", Address2: "행복아파트 3동 402호"},
			Lines: []order.Line{{ItemID: "70003", ProductName: "레몬가루 150g", OptionName: "3 개", Quantity: 3,
				CanceledQty: 1, UnitPrice: 12000, TotalPrice: 36000}},
		},
		{
			Marketplace: order.Naver, ID: "2026112210002001", OrderID: "2026112210002", Status: order.StatusAcknowledged,
			PaidAt: paid(25), OrdererName: "박지훈",
			Receiver: order.Receiver{Name: "박지훈", Phone: "010-5555-6666", Zip: "61452",
				Address1: "광주광역시 동구 금남로 245", Address2: "2층"},
			Lines: []order.Line{{ItemID: "8801299", ProductName: "아몬드 500g", Quantity: 1, UnitPrice: 15000, TotalPrice: 15000}},
			Findings: []order.Finding{{Code: order.AddressChanged, Severity: order.Block, Line: -1,
				Message: "발주확인 후 배송지가 바뀌었습니다. 새 주소를 확인하세요."}},
		},
		{
			Marketplace: order.Naver, ID: "2026112210003001", OrderID: "2026112210003", Status: order.StatusAcknowledged,
			PaidAt: paid(31), OrdererName: "최유나", Receiver: choi, NoCombine: true,
			Lines: []order.Line{{ItemID: "8801300", ProductName: "마카다미아 400g", OptionName: "선물포장",
				Quantity: 1, UnitPrice: 21000, TotalPrice: 21000}},
		},
		{
			Marketplace: order.Naver, ID: "2026112210004001", OrderID: "2026112210004", Status: order.StatusAcknowledged,
			PaidAt: paid(33), OrdererName: "최유나", Receiver: choi,
			Lines: []order.Line{{ItemID: "8801299", ProductName: "아몬드 500g", Quantity: 2, UnitPrice: 15000, TotalPrice: 30000}},
		},
		{
			Marketplace: order.Naver, ID: "2026112210005001", OrderID: "2026112210005", Status: order.StatusAcknowledged,
			PaidAt: paid(40), OrdererName: "정하늘",
			Receiver: order.Receiver{Name: "정하늘", Phone: "010-7777-8888", Zip: "03187",
				Address1: "서울특별시 종로구 세종대로 175"},
			Lines: []order.Line{{ItemID: "8801300", ProductName: "마카다미아 400g", OptionName: "선물포장",
				Quantity: 1, UnitPrice: 21000, TotalPrice: 21000}},
			Findings: []order.Finding{{Code: order.AddressChanged, Severity: order.Block, Line: -1,
				Message:    "배송지가 바뀌었습니다.",
				Resolution: &order.Resolution{Kind: order.Resolved, By: "seller", At: paid(50)}}},
		},
		{
			Marketplace: order.Coupang, ID: "642538970006401600", OrderID: "30000012400", Status: order.StatusCanceled,
			PaidAt: paid(45), OrdererName: "한지민",
			Receiver: order.Receiver{Name: "한지민", Phone: "010-9999-0000", Zip: "21999",
				Address1: "인천광역시 연수구 송도과학로 32"},
			Lines: []order.Line{{ItemID: "70004", ProductName: "아몬드 500g", Quantity: 1, CanceledQty: 1}},
		},
		{
			Marketplace: order.Coupang, ID: "642538970006401700", OrderID: "30000012450", Status: order.StatusAcknowledged,
			PaidAt: paid(50), OrdererName: "강도윤",
			Receiver: order.Receiver{Name: "강도윤", Phone: "+82 10-4444-3333", Zip: "63309",
				Address1: "제주특별자치도 제주시 첨단로 242"},
			Lines: []order.Line{{ItemID: "70005", ProductName: "아몬드　５００ｇ", Quantity: 3, UnitPrice: 14000, TotalPrice: 42000}},
		},
	}
}

// sampleSKUs links the lemon powder of both marketplaces to one SKU and gives shelf places.
func sampleSKUs(t testing.TB) *SKUMap {
	t.Helper()
	var m SKUMap
	require.NoError(t, m.Link("code:nutcashew160", SKU{ID: "NUT-CASHEW-160", Name: "캐슈넛 160g", Location: "A-2"}))
	require.NoError(t, m.Link("name:레몬가루150g/3개", SKU{ID: "LEMON-150", Name: "레몬 가루 150g", Location: "A-10"}))
	return &m
}

// assertGolden compares v as indented JSON with testdata/lists/<name>.golden.json.
func assertGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join(goldenDir, name+".golden.json")
	if *update {
		require.NoError(t, os.MkdirAll(goldenDir, 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test ./backend/lists -run %s -update", t.Name())
	require.Equal(t, string(want), string(got), fmt.Sprintf("golden %s differs", path))
}
