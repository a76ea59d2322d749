package app

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"sellerdesk/backend/check"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
	"sellerdesk/backend/testclock"
)

func newPrintApp(t testing.TB) (*App, *testclock.Clock) {
	t.Helper()
	clock := testclock.New(time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC))
	dir := filepath.Join(t.TempDir(), "data")
	a, err := New(context.Background(), Config{DataDir: dir, Version: "test", LockTimeout: 200 * time.Millisecond, Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	return a, clock
}

// naverShipment is a plain Naver shipment to one receiver.
func naverShipment(id, receiver, phone, address string, status order.Status, qty int) order.Shipment {
	paid := time.Date(2026, 11, 22, 1, 0, 0, 0, time.UTC)
	return order.Shipment{
		Marketplace: order.Naver, ID: id, OrderID: id[:len(id)-3], Status: status, MarketStatus: "PAYED",
		OrderedAt: paid, PaidAt: paid, OrdererName: receiver,
		Receiver: order.Receiver{Name: receiver, Phone: phone, Zip: "06236", Address1: address, Address2: "101호"},
		Lines: []order.Line{{ItemID: "70001", ProductName: "캐슈넛 160g", OptionName: "1개", SellerCode: "NUT-CASHEW-160",
			Quantity: qty, UnitPrice: 9000, TotalPrice: int64(9000 * qty)}},
	}
}

// printFixture stores: two boxes to 김민우 (same destination), one to 박지훈, one with an open
// cancel request that no stored finding mentions yet (the fresh check must hold it), and one
// already delivered.
func printFixture(t testing.TB, a *App) {
	t.Helper()
	kim1 := naverShipment("2026112210001001", "김민우", "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusPaid, 2)
	kim2 := naverShipment("2026112210003001", "김민우", "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusAcknowledged, 1)
	park := naverShipment("2026112210002001", "박지훈", "010-2222-3333", "부산광역시 해운대구 센텀중앙로 79", order.StatusPaid, 3)
	claim := naverShipment("2026112210004001", "이서연", "010-4444-5555", "인천광역시 연수구 송도과학로 32", order.StatusPaid, 1)
	claim.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}
	shipped := naverShipment("2026112210005001", "최하은", "010-6666-7777", "대전광역시 유성구 대학로 99", order.StatusDelivered, 1)
	recs := []store.Record{{Shipment: kim1}, {Shipment: kim2}, {Shipment: park}, {Shipment: claim}, {Shipment: shipped}}
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: recs}, nil)
	require.NoError(t, err)
}

func TestPrintListSelectsChecksAndRenders(t *testing.T) {
	const kim1, park, claim, shipped = "naver/2026112210001001", "naver/2026112210002001", "naver/2026112210004001", "naver/2026112210005001"
	tests := []struct {
		name      string
		req       PrintRequest
		count     int
		held      []string
		wantError string
	}{
		{name: "filter defaults to what is still to ship", req: PrintRequest{Kind: "picking", Format: "json"},
			count: 3, held: []string{claim}},
		{name: "keys select exactly", req: PrintRequest{Kind: "pick", Format: "json", Keys: []string{park, kim1, park}},
			count: 2},
		{name: "a delivered key is held", req: PrintRequest{Kind: "packing", Format: "json", Keys: []string{shipped, park}},
			count: 1, held: []string{shipped}},
		{name: "filter by status", req: PrintRequest{Kind: "shipping", Format: "json", Filter: ShipmentQuery{Statuses: []string{"ACKNOWLEDGED"}}},
			count: 1},
		{name: "filter by market with nothing there", req: PrintRequest{Kind: "picking", Format: "json", Filter: ShipmentQuery{Markets: []string{"쿠팡"}}},
			wantError: "출력할 주문이 없습니다"},
		{name: "unknown kind", req: PrintRequest{Kind: "invoice"}, wantError: "picking(피킹리스트)"},
		{name: "unknown format", req: PrintRequest{Kind: "picking", Format: "pdf"}, wantError: "html, xlsx, csv, json"},
		{name: "unknown courier", req: PrintRequest{Kind: "shipping", Format: "csv", Courier: "없는택배"}, wantError: "없는택배 택배사 양식이 없습니다"},
		{name: "malformed key", req: PrintRequest{Kind: "picking", Keys: []string{"amazon/1"}}, wantError: "주문 번호가 올바르지 않습니다"},
		{name: "unknown key", req: PrintRequest{Kind: "picking", Keys: []string{"naver/999"}}, wantError: "찾을 수 없는 주문"},
	}
	a, _ := newPrintApp(t)
	printFixture(t, a)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := a.PrintList(context.Background(), tc.req)
			if tc.wantError != "" {
				require.Error(t, err)
				assert.Contains(t, SellerMessage(err), tc.wantError)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.count, res.Count)
			assert.Equal(t, len(tc.held), res.Held+res.Excluded, "left out: held or not to ship")
			var list struct {
				Shipments int                  `json:"shipments"`
				Held      []lists.HeldShipment `json:"held"`
			}
			require.NoError(t, json.Unmarshal(res.Data, &list))
			assert.Equal(t, tc.count, list.Shipments)
			var held []string
			for _, h := range list.Held {
				held = append(held, h.Key)
				assert.NotEmpty(t, h.Reasons)
			}
			assert.Equal(t, tc.held, held)
			assert.Zero(t, res.Recorded, "a request without Record is a preview")
		})
	}
	book, err := a.PrintRecords(context.Background())
	require.NoError(t, err)
	assert.Empty(t, book, "previews record nothing")
}

func TestPrintListFormats(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	for _, kind := range []string{"picking", "packing", "shipping"} {
		t.Run(kind+"/html", func(t *testing.T) {
			res, err := a.PrintList(ctx, PrintRequest{Kind: kind})
			require.NoError(t, err)
			assert.Equal(t, lists.FormatHTML, res.Format)
			assert.Contains(t, string(res.Data), "<html")
			assert.Contains(t, string(res.Data), res.Title)
			assert.Contains(t, string(res.Data), "취소 요청", "held shipments are listed with their reason")
			assert.True(t, strings.HasSuffix(res.FileName, ".html"))
		})
		t.Run(kind+"/csv", func(t *testing.T) {
			res, err := a.PrintList(ctx, PrintRequest{Kind: kind, Format: "csv"})
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(res.Data, []byte("\xef\xbb\xbf")), "UTF-8 BOM for Excel")
			assert.Contains(t, string(res.Data), "\r\n")
		})
		t.Run(kind+"/xlsx", func(t *testing.T) {
			res, err := a.PrintList(ctx, PrintRequest{Kind: kind, Format: "xlsx"})
			require.NoError(t, err)
			f, err := excelize.OpenReader(bytes.NewReader(res.Data))
			require.NoError(t, err)
			defer f.Close()
			assert.Contains(t, f.GetSheetList(), "보류")
			rows, err := f.GetRows(f.GetSheetList()[0])
			require.NoError(t, err)
			assert.Greater(t, len(rows), 1)
		})
	}
	res, err := a.PrintList(ctx, PrintRequest{Kind: "shipping", Format: "csv"})
	require.NoError(t, err)
	assert.Contains(t, string(res.Data), "naver/2026112210001001, naver/2026112210003001",
		"the two boxes to the same receiver ship as one, with both keys as the order reference")
}

func TestPrintListOverrides(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	boxes := func(ov lists.PackOverrides) lists.PackList {
		res, err := a.PrintList(context.Background(), PrintRequest{Kind: "packing", Format: "json", Overrides: ov})
		require.NoError(t, err)
		var p lists.PackList
		require.NoError(t, json.Unmarshal(res.Data, &p))
		return p
	}
	p := boxes(lists.PackOverrides{})
	assert.Len(t, p.Boxes, 2, "김민우's two shipments share a box")
	p = boxes(lists.PackOverrides{Singles: []string{"naver/2026112210003001"}})
	assert.Len(t, p.Boxes, 3, "split")
	p = boxes(lists.PackOverrides{Groups: [][]string{{"naver/2026112210002001", "naver/2026112210003001"}}})
	require.Len(t, p.Boxes, 2)
	var forced bool
	for _, b := range p.Boxes {
		forced = forced || b.Grouping == lists.GroupForced
	}
	assert.True(t, forced, "merge")
	p = boxes(lists.PackOverrides{Singles: []string{"naver/nope"}})
	assert.NotEmpty(t, p.Notes, "an override that cannot apply is explained")
}

func TestPrintUsesSKUMap(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	d := uiOf(a)
	items, err := d.UnmatchedItems()
	require.NoError(t, err)
	require.Len(t, items, 1)
	assert.Equal(t, "code:nutcashew160", items[0].Key)
	assert.Equal(t, []string{"네이버"}, items[0].Markets)
	assert.Contains(t, items[0].Reasons, "한 마켓에서만 보인 상품입니다.")

	itemKey := items[0].Key
	require.NoError(t, d.LinkItem(itemKey, "NUT-CASHEW-160", "캐슈넛(대)", "A-2"))
	items, err = d.UnmatchedItems()
	require.NoError(t, err)
	assert.Empty(t, items)
	res, err := a.PrintList(context.Background(), PrintRequest{Kind: "picking", Format: "json"})
	require.NoError(t, err)
	var pick lists.PickList
	require.NoError(t, json.Unmarshal(res.Data, &pick))
	require.Len(t, pick.Rows, 1)
	assert.Equal(t, "캐슈넛(대)", pick.Rows[0].Name)
	assert.Equal(t, "A-2", pick.Rows[0].Location)
	assert.Equal(t, 6, pick.Rows[0].Units)

	require.NoError(t, d.UnlinkItem(itemKey))
	err = d.UnlinkItem(itemKey)
	require.Error(t, err)
	assert.Equal(t, "이 상품은 연결되어 있지 않습니다.", SellerMessage(err))
	err = d.LinkItem(" ", "X", "", "")
	assert.Contains(t, SellerMessage(err), "입력하세요")
	audit, err := a.Store().Audit(context.Background(), store.AuditQuery{})
	require.NoError(t, err)
	var actions []string
	for _, e := range audit {
		actions = append(actions, e.Action)
	}
	assert.Equal(t, []string{"sku-unlink", "sku-link"}, actions)
}

func TestRealPrintRecordsAndAudits(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	res, err := a.PrintList(ctx, PrintRequest{Kind: "packing", Record: true, By: "cli"})
	require.NoError(t, err)
	assert.Equal(t, 3, res.Recorded)
	book, err := a.PrintRecords(ctx)
	require.NoError(t, err)
	assert.Len(t, book, 3)
	assert.Empty(t, book["naver/2026112210004001"], "held shipments were not printed")
	require.Len(t, book["naver/2026112210001001"], 1)
	assert.Equal(t, lists.PackKind, book["naver/2026112210001001"][0].Kind)

	_, err = a.PrintList(ctx, PrintRequest{Kind: "picking", Record: true})
	require.NoError(t, err)
	_, err = a.PrintList(ctx, PrintRequest{Kind: "packing", Record: true})
	require.NoError(t, err)
	book, err = a.PrintRecords(ctx)
	require.NoError(t, err)
	assert.Len(t, book["naver/2026112210001001"], 2, "the newest record of each kind")

	audit, err := a.Store().Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	require.Len(t, audit, 3)
	assert.Equal(t, "print", audit[2].Action)
	assert.Equal(t, "cli", audit[2].Actor)
	assert.Equal(t, "패킹리스트 3건 (html)", audit[2].Detail)
	assert.Equal(t, "seller", audit[1].Actor)
}

func TestChangedAfterPrint(t *testing.T) {
	a, clock := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	const key = "naver/2026112210002001"
	_, err := a.PrintList(ctx, PrintRequest{Kind: "picking", Record: true})
	require.NoError(t, err)
	_, err = a.PrintList(ctx, PrintRequest{Kind: "shipping", Keys: []string{key}, Record: true})
	require.NoError(t, err)

	sync := func(edit func(*order.Shipment)) order.Shipment {
		t.Helper()
		clock.Add(time.Minute)
		s, err := a.Store().Shipment(ctx, key)
		require.NoError(t, err)
		next := s
		next.Findings = nil // the marketplace sends no findings
		edit(&next)
		_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: next}}})
		require.NoError(t, err)
		s, err = a.Store().Shipment(ctx, key)
		require.NoError(t, err)
		return s
	}
	changedAfterPrint := func(s order.Shipment) []order.Finding {
		var out []order.Finding
		for _, f := range s.Findings {
			if f.Code == order.ChangedAfterPrint {
				out = append(out, f)
			}
		}
		return out
	}

	// The same data synced again changes nothing.
	s := sync(func(*order.Shipment) {})
	assert.Empty(t, changedAfterPrint(s))
	assert.False(t, s.Blocked())

	// The address changes after printing: both printed lists must be reprinted — one change,
	// one card naming both lists (issue 12 point 12).
	s = sync(func(n *order.Shipment) { n.Receiver.Address1 = "부산광역시 해운대구 센텀중앙로 97" })
	caps := changedAfterPrint(s)
	require.Len(t, caps, 1)
	assert.True(t, s.Blocked())
	assert.Contains(t, caps[0].Message, "피킹리스트")
	assert.Contains(t, caps[0].Message, "배송지")
	assert.Contains(t, caps[0].Message, "배송리스트")
	assert.Equal(t, order.Block, caps[0].Severity)
	assert.Error(t, check.Shippable(&s))

	// The seller lifts the hold of the change; a re-check keeps it.
	id := caps[0].ID()
	require.NoError(t, a.Store().Update(ctx, key, func(sh *order.Shipment) error {
		return check.Resolve(sh, id, order.Overridden, "피킹은 그대로 해도 됩니다", "seller", clock.Now())
	}))
	s = sync(func(*order.Shipment) {})
	caps = changedAfterPrint(s)
	require.Len(t, caps, 1)
	assert.Equal(t, id, caps[0].ID())
	require.NotNil(t, caps[0].Resolution, "the override survives re-checks")
	assert.Equal(t, order.Overridden, caps[0].Resolution.Kind)

	// ADDRESS_CHANGED still holds it back from any list until the seller confirms the address.
	res, err := a.PrintList(ctx, PrintRequest{Kind: "shipping", Keys: []string{key}, Record: true})
	require.NoError(t, err)
	assert.Equal(t, 0, res.Count)
	assert.Equal(t, 1, res.Held)
	require.NoError(t, a.Store().Update(ctx, key, func(sh *order.Shipment) error {
		for _, f := range sh.Findings {
			if f.Code == order.AddressChanged {
				return check.Resolve(sh, f.ID(), order.Resolved, "", "seller", clock.Now())
			}
		}
		return nil
	}))

	// Reprinting the shipping list clears its finding; the shipment is printed despite the
	// finding (that is the cure), and the picking list's overridden finding stays.
	res, err = a.PrintList(ctx, PrintRequest{Kind: "shipping", Keys: []string{key}, Record: true})
	require.NoError(t, err)
	assert.Equal(t, 1, res.Count)
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	caps = changedAfterPrint(s)
	require.Len(t, caps, 1)
	assert.Contains(t, caps[0].Message, "피킹리스트")
	assert.NotContains(t, caps[0].Message, "배송리스트", "the reprinted list is no longer named")
	require.NotNil(t, caps[0].Resolution, "the seller's answer to the same change stays")
}

func TestChangedAfterPrintQuantityAndReprint(t *testing.T) {
	a, clock := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	const key = "naver/2026112210002001"
	_, err := a.PrintList(ctx, PrintRequest{Kind: "picking", Keys: []string{key}, Record: true})
	require.NoError(t, err)
	clock.Add(time.Minute)
	s, err := a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	s.Findings = nil
	s.Lines[0].CanceledQty = 1
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
	require.NoError(t, err)
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	require.True(t, s.Blocked())
	assert.Contains(t, s.Findings[len(s.Findings)-1].Message, "수량")

	// A preview shows it, but does not clear anything.
	res, err := a.PrintList(ctx, PrintRequest{Kind: "picking", Keys: []string{key}})
	require.NoError(t, err)
	assert.Equal(t, 1, res.Count)
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	require.True(t, s.Blocked())

	clock.Add(time.Minute)
	_, err = a.PrintList(ctx, PrintRequest{Kind: "picking", Keys: []string{key}, Record: true})
	require.NoError(t, err)
	s, err = a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	assert.False(t, s.Blocked(), "reprinting the list clears CHANGED_AFTER_PRINT")
	audit, err := a.Store().Audit(ctx, store.AuditQuery{ShipmentKey: key})
	require.NoError(t, err)
	require.NotEmpty(t, audit)
	assert.Equal(t, "print-recheck", audit[0].Action)
}

func TestDeskPrintAndExport(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	d := uiOf(a)
	doc, err := d.PrintPreview(PrintRequest{Kind: "picking", Format: "xlsx", Record: true})
	require.NoError(t, err)
	assert.Contains(t, doc.HTML, "<html", "the window always gets HTML")
	assert.Equal(t, "피킹리스트", doc.Title)
	assert.Equal(t, 3, doc.Count)
	assert.Equal(t, 1, doc.Held)
	assert.Zero(t, doc.Recorded, "a preview never records")

	doc, err = d.PrintList(PrintRequest{Kind: "packing"})
	require.NoError(t, err)
	assert.Equal(t, 3, doc.Recorded)

	for _, format := range []string{"", "csv", "csv"} {
		exp, err := d.ExportList(PrintRequest{Kind: "shipping", Format: format, Courier: "CJ대한통운"})
		require.NoError(t, err)
		assert.Equal(t, filepath.Join(a.DataDir(), "exports"), filepath.Dir(exp.Path))
		info, err := os.Stat(exp.Path)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
		assert.Equal(t, 3, exp.Recorded)
	}
	entries, err := os.ReadDir(filepath.Join(a.DataDir(), "exports"))
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"배송리스트_20261122-1630 (2).csv", "배송리스트_20261122-1630.csv", "배송리스트_20261122-1630.xlsx"}, names,
		"a second export in the same minute does not overwrite the first; no temporary file is left")

	_, err = d.ExportList(PrintRequest{Kind: "shipping", Format: "pdf"})
	assert.Equal(t, "파일 형식은 html, xlsx, csv, json 중 하나입니다.", SellerMessage(err))
	couriers, err := d.Couriers()
	require.NoError(t, err)
	require.NotEmpty(t, couriers)
	assert.Equal(t, DefaultCourier, couriers[0])
	for _, c := range couriers {
		exp, err := d.ExportList(PrintRequest{Kind: "shipping", Format: "csv", Courier: c})
		require.NoError(t, err, c)
		assert.Equal(t, 3, exp.Count)
	}
	for _, m := range []string{"Lists.PrintPreview", "Lists.PrintList", "Lists.ExportList", "Lists.Couriers", "Lists.UnmatchedItems", "Lists.LinkItem", "Lists.UnlinkItem"} {
		assert.Contains(t, boundMethods(a), m)
	}
}

// BenchmarkPrintList5000 prints (and records) the picking, packing and shipping lists of 5,000
// shipments from the store: select, re-check, build, render, record.
func BenchmarkPrintList5000(b *testing.B) {
	a, _ := newPrintApp(b)
	ctx := context.Background()
	recs := storetest.Shipments(7, 5000)
	keys := make([]string, len(recs))
	for i := range recs {
		recs[i].Shipment.Status = order.StatusAcknowledged
		keys[i] = recs[i].Shipment.Key()
	}
	_, err := a.Store().Apply(ctx, store.Batch{Records: recs}, nil)
	require.NoError(b, err)
	for _, tc := range []struct{ kind, format string }{
		{"picking", "html"}, {"packing", "html"}, {"shipping", "xlsx"}, {"shipping", "csv"},
	} {
		for _, record := range []bool{false, true} {
			name := tc.kind + "/" + tc.format + "/preview"
			if record {
				name = tc.kind + "/" + tc.format + "/record"
			}
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					res, err := a.PrintList(ctx, PrintRequest{Kind: tc.kind, Format: tc.format, Keys: keys, Record: record})
					if err != nil {
						b.Fatal(err)
					}
					if res.Count < 4000 {
						b.Fatalf("only %d shipments printed", res.Count)
					}
				}
			})
		}
	}
}

func TestConcurrentPrintsKeepEveryRecord(t *testing.T) {
	a, _ := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for _, kind := range []string{"picking", "packing", "shipping"} {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_, err := a.PrintList(ctx, PrintRequest{Kind: kind, Record: true})
			errs <- err
		}()
		go func() {
			defer wg.Done()
			s, err := a.Store().Shipment(ctx, "naver/2026112210002001")
			if err == nil {
				_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	book, err := a.PrintRecords(ctx)
	require.NoError(t, err)
	for _, key := range []string{"naver/2026112210001001", "naver/2026112210002001", "naver/2026112210003001"} {
		assert.Len(t, book[key], 3, "no print lost another's records: %s", key)
	}
}

// FuzzPrintRequest feeds the window's print request (JSON from the UI) to the preview: it must
// answer with a list or a seller's sentence, never panic or leak an English error.
func FuzzPrintRequest(f *testing.F) {
	for _, seed := range []string{
		`{"kind":"picking"}`,
		`{"kind":"packing","keys":["naver/2026112210001001","naver/2026112210003001"],"overrides":{"singles":["naver/2026112210003001"]}}`,
		`{"kind":"shipping","courier":"롯데택배","filter":{"markets":["naver"],"statuses":["PAID"]}}`,
		`{"kind":"pack","overrides":{"groups":[["naver/2026112210002001","naver/x"],[]]}}`,
		`{"kind":"shipping","courier":"??","keys":["coupang/"]}`,
		`{"kind":"피킹리스트","filter":{"from":"2026-13-01","limit":-1}}`,
		`{"kind":"","format":"json"}`,
	} {
		f.Add([]byte(seed))
	}
	a, _ := newPrintApp(f)
	printFixture(f, a)
	d := uiOf(a)
	f.Fuzz(func(t *testing.T, data []byte) {
		var req PrintRequest
		if json.Unmarshal(data, &req) != nil {
			return
		}
		doc, err := d.PrintPreview(req)
		if err != nil {
			var ue *UserError
			require.ErrorAs(t, err, &ue)
			require.NotEmpty(t, ue.Korean)
			return
		}
		require.Contains(t, doc.HTML, "<html")
		require.Zero(t, doc.Recorded)
	})
}

func TestPrintRecordsOfSettledShipmentsAreDropped(t *testing.T) {
	a, clock := newPrintApp(t)
	printFixture(t, a)
	ctx := context.Background()
	_, err := a.PrintList(ctx, PrintRequest{Kind: "picking", Record: true})
	require.NoError(t, err)
	const key = "naver/2026112210002001"
	s, err := a.Store().Shipment(ctx, key)
	require.NoError(t, err)
	s.Status, s.MarketStatus = order.StatusDelivered, "DELIVERED"
	_, err = a.ApplyBatch(ctx, store.Batch{Records: []store.Record{{Shipment: s}}})
	require.NoError(t, err)
	clock.Add(time.Hour)
	_, err = a.PrintList(ctx, PrintRequest{Kind: "packing", Keys: []string{"naver/2026112210001001"}, Record: true})
	require.NoError(t, err)
	book, err := a.PrintRecords(ctx)
	require.NoError(t, err)
	assert.Empty(t, book[key], "delivered: its records are gone")
	assert.Len(t, book["naver/2026112210001001"], 2)
	assert.Len(t, book["naver/2026112210003001"], 1)
}
