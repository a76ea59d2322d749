package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
	"sellerdesk/backend/testclock"
)

// clock is a settable test clock.
func newClock() *testclock.Clock { return testclock.New(time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)) }

func openStore(t *testing.T, dir string, c *testclock.Clock) *store.Store {
	t.Helper()
	opts := store.Options{LockTimeout: 100 * time.Millisecond}
	if c != nil {
		opts.Now = c.Now
	}
	s, err := store.Open(context.Background(), dir, opts)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

type shipOpt func(*order.Shipment)

func ship(m order.Marketplace, id string, status order.Status, paid time.Time, opts ...shipOpt) order.Shipment {
	sh := order.Shipment{
		Marketplace:  m,
		ID:           id,
		OrderID:      "O" + id,
		Status:       status,
		MarketStatus: "ACCEPT",
		PaidAt:       paid,
		Receiver:     order.Receiver{Name: "홍길동", Phone: "010-1234-5678", Zip: "06236", Address1: "서울특별시 강남구 테헤란로 1"},
		Lines:        []order.Line{{ItemID: "I" + id, ProductName: "유기농 현미", OptionName: "5kg", Quantity: 1, UnitPrice: 30000, TotalPrice: 30000}},
	}
	for _, o := range opts {
		o(&sh)
	}
	return sh
}

func receiver(name, phone string) shipOpt {
	return func(sh *order.Shipment) { sh.Receiver.Name, sh.Receiver.Phone = name, phone }
}

func product(name, option string) shipOpt {
	return func(sh *order.Shipment) { sh.Lines[0].ProductName, sh.Lines[0].OptionName = name, option }
}

func finding(code order.FindingCode, sev order.Severity, resolved bool) shipOpt {
	return func(sh *order.Shipment) {
		f := order.Finding{Code: code, Severity: sev, Line: -1, Message: "확인하세요"}
		if resolved {
			f.Resolution = &order.Resolution{Kind: order.Resolved, By: "seller"}
		}
		sh.Findings = append(sh.Findings, f)
	}
}

func records(ships ...order.Shipment) []store.Record {
	out := make([]store.Record, len(ships))
	for i, sh := range ships {
		out[i] = store.Record{Shipment: sh, Raw: json.RawMessage(fmt.Sprintf(`{"id":%q}`, sh.ID))}
	}
	return out
}

func TestOpenMakesFolderAndFilePrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX permissions")
	}
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
	}{
		{"new nested folder", func(*testing.T, string) {}},
		{"existing open folder and file", func(t *testing.T, dir string) {
			require.NoError(t, os.MkdirAll(dir, 0o755))
			require.NoError(t, os.Chmod(dir, 0o755))
			s, err := store.Open(context.Background(), dir, store.Options{})
			require.NoError(t, err)
			require.NoError(t, s.Close())
			require.NoError(t, os.Chmod(filepath.Join(dir, store.FileName), 0o644))
			require.NoError(t, os.Chmod(dir, 0o755))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "a", "SellerDesk")
			tt.setup(t, dir)
			s := openStore(t, dir, nil)
			assert.Equal(t, filepath.Join(dir, store.FileName), s.Path())
			assert.Equal(t, dir, s.Dir())
			di, err := os.Stat(dir)
			require.NoError(t, err)
			assert.Equal(t, os.FileMode(0o700), di.Mode().Perm())
			fi, err := os.Stat(s.Path())
			require.NoError(t, err)
			assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
		})
	}
}

func TestOpenTwiceIsLocked(t *testing.T) {
	dir := t.TempDir()
	openStore(t, dir, nil)
	_, err := store.Open(context.Background(), dir, store.Options{LockTimeout: 50 * time.Millisecond})
	require.Error(t, err)
	assert.ErrorIs(t, err, store.ErrLocked)
	var locked *store.LockedError
	require.ErrorAs(t, err, &locked)
	assert.Contains(t, err.Error(), "셀러데스크가 이미 실행 중입니다")
	assert.Contains(t, err.Error(), "SellerDesk is already running")
	assert.Contains(t, err.Error(), dir)
}

func TestOpenRefusesForeignFiles(t *testing.T) {
	tests := []struct {
		name  string
		write func(t *testing.T, path string)
	}{
		{"text file", func(t *testing.T, path string) {
			require.NoError(t, os.WriteFile(path, []byte("이것은 데이터 파일이 아닙니다\n"), 0o600))
		}},
		{"random bytes", func(t *testing.T, path string) {
			b := make([]byte, 64<<10)
			for i := range b {
				b[i] = byte(i*7 + i/13)
			}
			require.NoError(t, os.WriteFile(path, b, 0o600))
		}},
		{"other bbolt database", func(t *testing.T, path string) {
			db, err := bolt.Open(path, 0o600, nil)
			require.NoError(t, err)
			require.NoError(t, db.Update(func(tx *bolt.Tx) error {
				_, err := tx.CreateBucket([]byte("widgets"))
				return err
			}))
			require.NoError(t, db.Close())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.write(t, filepath.Join(dir, store.FileName))
			_, err := store.Open(context.Background(), dir, store.Options{})
			require.Error(t, err)
			assert.ErrorIs(t, err, store.ErrNotSellerDesk)
			assert.Contains(t, err.Error(), "셀러데스크 데이터 파일")
		})
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(context.Background(), dir, store.Options{})
	require.NoError(t, err)
	require.NoError(t, s.Close())
	db, err := bolt.Open(filepath.Join(dir, store.FileName), 0o600, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte(fmt.Sprint(store.SchemaVersion+1)))
	}))
	require.NoError(t, db.Close())

	_, err = store.Open(context.Background(), dir, store.Options{})
	require.Error(t, err)
	assert.ErrorIs(t, err, store.ErrNewerSchema)
	var se *store.SchemaError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, store.SchemaVersion+1, se.Found)
	assert.Equal(t, store.SchemaVersion, se.Supported)
}

// TestMigrateFromV1File opens the committed schema-1 file (written by TestWriteV1Fixture),
// which has no summary bucket, and checks that the migration built the summaries and kept
// everything else.
func TestMigrateFromV1File(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "store", "v1.db"))
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, store.FileName), src, 0o600))

	ctx := context.Background()
	s := openStore(t, dir, nil)
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	require.Equal(t, 3, page.Total)
	assert.Equal(t, 3, page.Counts.Total)
	assert.Equal(t, 1, page.Counts.Blocked)
	assert.Equal(t, map[order.Marketplace]int{order.Naver: 2, order.Coupang: 1}, page.Counts.ByMarket)
	keys := []string{page.Items[0].Key, page.Items[1].Key, page.Items[2].Key}
	assert.Equal(t, []string{"coupang/642538970006401429", "naver/2026030100000002", "naver/2026030100000001"}, keys)
	assert.Equal(t, "구운 캐슈넛 / 1개 160g 외 1건", page.Items[0].Product)
	assert.Equal(t, 1*5+2, page.Items[0].Units)

	found, err := s.List(ctx, store.Filter{Text: "이영희"})
	require.NoError(t, err)
	require.Equal(t, 1, found.Total)
	assert.True(t, found.Items[0].Blocked)

	sh, err := s.Shipment(ctx, "naver/2026030100000001")
	require.NoError(t, err)
	assert.Equal(t, "김철수", sh.Receiver.Name)
	raw, err := s.RawPayload(ctx, "naver/2026030100000001")
	require.NoError(t, err)
	assert.JSONEq(t, `{"productOrderId":"2026030100000001"}`, string(raw))
	assertFixtureCursorAndSetting(t, s)
	audit, err := s.Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	require.Len(t, audit, 1)
	assert.Equal(t, "fixture", audit[0].Action)

	// The migrated file now opens without migrating again and stays writable.
	require.NoError(t, s.Close())
	s = openStore(t, dir, nil)
	_, err = s.Apply(ctx, store.Batch{Records: records(ship(order.Naver, "2026030100000003", order.StatusPaid, time.Date(2026, 3, 2, 0, 0, 0, 0, order.KST())))}, nil)
	require.NoError(t, err)
	page, err = s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 4, page.Total)
}

func TestApplyIsIdempotentAndStampsTimes(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	a := ship(order.Naver, "2026103000000001", order.StatusPaid, paid)
	b := ship(order.Coupang, "642538970000000011", order.StatusAcknowledged, paid.Add(time.Hour))
	batch := store.Batch{Records: records(a, b), Cursors: []store.Cursor{{Market: order.Naver, Name: "lastChangedFrom", Value: "v1"}}}

	res, err := s.Apply(ctx, batch, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{a.Key(), b.Key()}, res.Added)
	assert.Empty(t, res.Changed)
	assert.Empty(t, res.Unchanged)
	first := c.Now()

	c.Add(time.Hour)
	res, err = s.Apply(ctx, batch, nil)
	require.NoError(t, err)
	assert.Empty(t, res.Added)
	assert.Empty(t, res.Changed)
	assert.Equal(t, []string{a.Key(), b.Key()}, res.Unchanged)
	got, err := s.Shipment(ctx, a.Key())
	require.NoError(t, err)
	assert.True(t, got.FirstSeenAt.Equal(first), "FirstSeenAt %v", got.FirstSeenAt)
	assert.True(t, got.UpdatedAt.Equal(first), "unchanged content keeps UpdatedAt, got %v", got.UpdatedAt)

	c.Add(time.Hour)
	a2 := a
	a2.Status = order.StatusAcknowledged
	res, err = s.Apply(ctx, store.Batch{Records: records(a2, b)}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{a.Key()}, res.Changed)
	assert.Equal(t, []string{b.Key()}, res.Unchanged)
	got, err = s.Shipment(ctx, a.Key())
	require.NoError(t, err)
	assert.Equal(t, order.StatusAcknowledged, got.Status)
	assert.True(t, got.FirstSeenAt.Equal(first))
	assert.True(t, got.UpdatedAt.Equal(c.Now()))

	cur, ok, err := s.Cursor(ctx, order.Naver, "lastChangedFrom")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "v1", cur.Value)
	assert.True(t, cur.UpdatedAt.Equal(first.Add(time.Hour)), "cursor stamped by the store clock at its last Apply")
	_, ok, err = s.Cursor(ctx, order.Coupang, "lastChangedFrom")
	require.NoError(t, err)
	assert.False(t, ok)

	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, map[order.Status]int{order.StatusAcknowledged: 2}, page.Counts.ByStatus)
}

func TestApplySameKeyTwiceInOneBatch(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), newClock())
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	a := ship(order.Naver, "1", order.StatusPaid, paid)
	a2 := a
	a2.Status = order.StatusCanceled
	var prevs []*order.Shipment
	res, err := s.Apply(ctx, store.Batch{Records: records(a, a2)}, func(prev, next *order.Shipment) {
		prevs = append(prevs, prev)
	})
	require.NoError(t, err)
	assert.Equal(t, []string{a.Key()}, res.Added)
	assert.Empty(t, res.Changed)
	require.Len(t, prevs, 2)
	assert.Nil(t, prevs[0])
	require.NotNil(t, prevs[1], "the second record sees the first one's write")
	assert.Equal(t, order.StatusPaid, prevs[1].Status)
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	require.Equal(t, 1, page.Total)
	assert.Equal(t, order.StatusCanceled, page.Items[0].Status)
}

// TestApplySetsInvalidRecordsAside: a record that cannot be stored (an impossible value) is set
// aside and reported; the rest of the batch and its cursor are stored, so the record cannot hold
// the sync back on every run. A later good record of the same shipment clears it.
func TestApplySetsInvalidRecordsAside(t *testing.T) {
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	good := ship(order.Naver, "1", order.StatusPaid, paid)
	cursor := store.Cursor{Market: order.Naver, Name: "lastChangedFrom", Value: "moved"}
	tests := []struct {
		name string
		bad  store.Record
		want string
	}{
		{"unknown marketplace", store.Record{Shipment: ship("gmarket", "2", order.StatusPaid, paid)}, "unknown marketplace"},
		{"unknown status", store.Record{Shipment: ship(order.Naver, "2", "LOST", paid)}, "unknown status"},
		{"id with slash", store.Record{Shipment: ship(order.Naver, "2/3", order.StatusPaid, paid)}, "invalid id"},
		{"id with a control character", store.Record{Shipment: ship(order.Naver, "2\x013", order.StatusPaid, paid)}, "control characters"},
		{"negative quantity", store.Record{Shipment: ship(order.Naver, "2", order.StatusPaid, paid, func(sh *order.Shipment) { sh.Lines[0].Quantity = -1 })}, "negative quantity"},
		{"unit count over 2³¹", store.Record{Shipment: ship(order.Naver, "2", order.StatusPaid, paid, func(sh *order.Shipment) { sh.Lines[0].Quantity = 1<<31 + 5 })}, "impossible quantity"},
		{"raw not JSON", store.Record{Shipment: ship(order.Naver, "2", order.StatusPaid, paid), Raw: json.RawMessage("<html>")}, "raw payload"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openStore(t, t.TempDir(), nil)
			later := ship(order.Naver, "9", order.StatusPaid, paid)
			res, err := s.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: good}, tt.bad, {Shipment: later}},
				Cursors: []store.Cursor{cursor}}, nil)
			require.NoError(t, err)
			assert.Equal(t, []string{good.Key(), later.Key()}, res.Added, "the good records are stored")
			require.Len(t, res.SetAside, 1)
			assert.Equal(t, tt.bad.Shipment.Key(), res.SetAside[0].Key)
			assert.Contains(t, res.SetAside[0].Reason, tt.want)
			assert.Nil(t, res.SetAside[0].Data)
			page, err := s.List(ctx, store.Filter{})
			require.NoError(t, err)
			assert.Equal(t, 2, page.Total)
			c, ok, err := s.Cursor(ctx, order.Naver, "lastChangedFrom")
			require.NoError(t, err)
			require.True(t, ok, "the cursor passes the record set aside")
			assert.Equal(t, "moved", c.Value)

			// The same bad record again (the next run's overlap) keeps one entry, counted twice.
			_, err = s.Apply(ctx, store.Batch{Records: []store.Record{tt.bad}}, nil)
			require.NoError(t, err)
			list, err := s.SetAsideRecords(ctx)
			require.NoError(t, err)
			require.Len(t, list, 1)
			assert.Equal(t, store.SetAsideInvalid, list[0].Kind)
			assert.Equal(t, 2, list[0].Times)
		})
	}
}

func TestApplyRejectsABadCursor(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	good := ship(order.Naver, "1", order.StatusPaid, time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST()))
	res, err := s.Apply(ctx, store.Batch{Records: records(good), Cursors: []store.Cursor{{Market: order.Naver}}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cursor 0")
	assert.Equal(t, store.ApplyResult{}, res)
	_, err = s.Shipment(ctx, good.Key())
	assert.ErrorIs(t, err, store.ErrNotFound)
}

func TestApplySetsAsideRecordsTheMergeFailsOn(t *testing.T) {
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	tests := []struct {
		name  string
		merge store.MergeFunc
		want  string
	}{
		{"merge breaks the third record", func(prev, next *order.Shipment) {
			if next.ID == "3" {
				next.Status = ""
			}
		}, "after merge"},
		{"merge panics on the third record", func(prev, next *order.Shipment) {
			if next.ID == "3" {
				var m map[string]int
				m["boom"]++
			}
		}, "merge failed"},
		{"merge changes the key", func(prev, next *order.Shipment) {
			if next.ID == "3" {
				next.ID = "33"
			}
		}, "changed the key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openStore(t, t.TempDir(), nil)
			first := store.Batch{
				Records: records(ship(order.Naver, "1", order.StatusPaid, paid), ship(order.Naver, "3", order.StatusPaid, paid)),
				Cursors: []store.Cursor{{Market: order.Naver, Name: "from", Value: "c1"}},
			}
			_, err := s.Apply(ctx, first, nil)
			require.NoError(t, err)

			changed := ship(order.Naver, "1", order.StatusCanceled, paid)
			second := store.Batch{
				Records: records(changed, ship(order.Naver, "2", order.StatusPaid, paid), ship(order.Naver, "3", order.StatusCanceled, paid), ship(order.Naver, "4", order.StatusPaid, paid)),
				Cursors: []store.Cursor{{Market: order.Naver, Name: "from", Value: "c2"}},
			}
			res, err := s.Apply(ctx, second, tt.merge)
			require.NoError(t, err)
			require.Len(t, res.SetAside, 1)
			assert.Equal(t, "naver/3", res.SetAside[0].Key)
			assert.Contains(t, res.SetAside[0].Reason, tt.want)
			assert.Equal(t, []string{"naver/1"}, res.Changed)
			assert.Equal(t, []string{"naver/2", "naver/4"}, res.Added)

			cur, ok, err := s.Cursor(ctx, order.Naver, "from")
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, "c2", cur.Value)
			got, err := s.Shipment(ctx, "naver/3")
			require.NoError(t, err)
			assert.Equal(t, order.StatusPaid, got.Status, "the stored box the merge failed on is kept as it was")
			page, err := s.List(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid}})
			require.NoError(t, err)
			assert.Equal(t, 3, page.Total, "the index did not take the set-aside change")
			got, err = s.Shipment(ctx, changed.Key())
			require.NoError(t, err)
			assert.Equal(t, order.StatusCanceled, got.Status)

			// A later good record of the shipment clears what was set aside of it.
			_, err = s.Apply(ctx, store.Batch{Records: records(ship(order.Naver, "3", order.StatusCanceled, paid))}, nil)
			require.NoError(t, err)
			list, err := s.SetAsideRecords(ctx)
			require.NoError(t, err)
			assert.Empty(t, list)
		})
	}
}

func TestApplyMergeRunsChecks(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	a := ship(order.Naver, "1", order.StatusAcknowledged, paid)
	_, err := s.Apply(ctx, store.Batch{Records: records(a)}, nil)
	require.NoError(t, err)

	moved := a
	moved.Receiver.Address1 = "부산광역시 해운대구 센텀중앙로 79"
	addressCheck := func(prev, next *order.Shipment) {
		if prev != nil && !prev.Receiver.SameDestination(next.Receiver) {
			p := prev.Receiver
			next.PreviousReceiver = &p
			next.Findings = order.MergeFindings(prev.Findings, []order.Finding{{
				Code: order.AddressChanged, Severity: order.Block, Line: -1, Message: "배송지가 바뀌었습니다.",
				Evidence: []order.Evidence{{Field: "address", Old: p.Address(), New: next.Receiver.Address()}},
			}})
		}
	}
	res, err := s.Apply(ctx, store.Batch{Records: records(moved)}, addressCheck)
	require.NoError(t, err)
	assert.Equal(t, []string{a.Key()}, res.Changed)
	page, err := s.List(ctx, store.Filter{BlockedOnly: true})
	require.NoError(t, err)
	require.Equal(t, 1, page.Total)
	assert.Equal(t, []order.FindingCode{order.AddressChanged}, page.Items[0].Findings)
	assert.Equal(t, 1, page.Counts.Blocked)
	got, err := s.Shipment(ctx, a.Key())
	require.NoError(t, err)
	require.NotNil(t, got.PreviousReceiver)
	assert.Equal(t, "서울특별시 강남구 테헤란로 1", got.PreviousReceiver.Address1)
}

func TestUpdateWithAudit(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	a := ship(order.Coupang, "100", order.StatusPaid, paid, finding(order.OptionNameMismatch, order.Block, false))
	_, err := s.Apply(ctx, store.Batch{Records: records(a)}, nil)
	require.NoError(t, err)
	fid := a.Findings[0].ID()

	c.Add(time.Minute)
	err = s.Update(ctx, a.Key(), func(sh *order.Shipment) error {
		sh.Findings[0].Resolution = &order.Resolution{Kind: order.Overridden, Reason: "구매자와 통화함", By: "seller", At: c.Now()}
		return nil
	}, store.AuditEntry{Actor: "seller", Action: "override", FindingID: fid, Detail: "구매자와 통화함"})
	require.NoError(t, err)

	got, err := s.Shipment(ctx, a.Key())
	require.NoError(t, err)
	assert.False(t, got.Blocked())
	assert.True(t, got.UpdatedAt.Equal(c.Now()))
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.False(t, page.Items[0].Blocked)
	assert.Empty(t, page.Items[0].Findings, "resolved findings are not listed")
	assert.Zero(t, page.Counts.Blocked)
	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: a.Key()})
	require.NoError(t, err)
	require.Len(t, audit, 1)
	assert.Equal(t, store.AuditEntry{At: c.Now(), Actor: "seller", Action: "override", ShipmentKey: a.Key(), FindingID: fid, Detail: "구매자와 통화함"}, audit[0])

	// A failing action writes neither the shipment nor the audit entry.
	errNo := errors.New("printer offline")
	err = s.Update(ctx, a.Key(), func(sh *order.Shipment) error {
		sh.NoCombine = true
		return errNo
	}, store.AuditEntry{Actor: "seller", Action: "no-combine"})
	require.ErrorIs(t, err, errNo)
	got, err = s.Shipment(ctx, a.Key())
	require.NoError(t, err)
	assert.False(t, got.NoCombine)
	audit, err = s.Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	assert.Len(t, audit, 1)

	err = s.Update(ctx, "naver/404", func(*order.Shipment) error { return nil })
	assert.ErrorIs(t, err, store.ErrNotFound)
	err = s.Update(ctx, a.Key(), func(sh *order.Shipment) error { sh.Status = "??"; return nil })
	assert.ErrorContains(t, err, "unknown status")
}

func TestAuditNewestFirst(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	var all []store.AuditEntry
	for i := range 12 {
		e := store.AuditEntry{Actor: "seller", Action: fmt.Sprintf("a%d", i), ShipmentKey: fmt.Sprintf("naver/%d", i%3)}
		require.NoError(t, s.AppendAudit(ctx, e))
		e.At = c.Now()
		all = append(all, e)
		c.Add(time.Second)
	}
	require.ErrorContains(t, s.AppendAudit(ctx, store.AuditEntry{Actor: "x"}), "no action")

	tests := []struct {
		name string
		q    store.AuditQuery
		want []int
	}{
		{"all", store.AuditQuery{}, []int{11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}},
		{"limit", store.AuditQuery{Limit: 3}, []int{11, 10, 9}},
		{"one shipment", store.AuditQuery{ShipmentKey: "naver/1"}, []int{10, 7, 4, 1}},
		{"one shipment, limit", store.AuditQuery{ShipmentKey: "naver/2", Limit: 2}, []int{11, 8}},
		{"prefix of another key does not match", store.AuditQuery{ShipmentKey: "naver/"}, nil},
		{"unknown shipment", store.AuditQuery{ShipmentKey: "coupang/9"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Audit(ctx, tt.q)
			require.NoError(t, err)
			var want []store.AuditEntry
			for _, i := range tt.want {
				want = append(want, all[i])
			}
			assert.Equal(t, want, got)
		})
	}
}

func TestSyncRunsKeepTheLast200(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for i := range store.SyncRunsKept + 5 {
		require.NoError(t, s.AppendSyncRun(ctx, store.SyncRun{Market: order.Naver, Started: start.Add(time.Duration(i) * time.Minute), Calls: i}))
	}
	require.NoError(t, s.AppendSyncRun(ctx, store.SyncRun{Market: order.Coupang, Calls: 1, Err: "429 too many requests", ErrKorean: "요청이 너무 많습니다"}))
	require.Error(t, s.AppendSyncRun(ctx, store.SyncRun{Market: "11st"}))

	runs, err := s.SyncRuns(ctx, order.Naver, 0)
	require.NoError(t, err)
	require.Len(t, runs, store.SyncRunsKept)
	assert.Equal(t, store.SyncRunsKept+4, runs[0].Calls, "newest first")
	assert.Equal(t, 5, runs[len(runs)-1].Calls, "the 5 oldest were dropped")
	runs, err = s.SyncRuns(ctx, order.Naver, 3)
	require.NoError(t, err)
	assert.Len(t, runs, 3)
	runs, err = s.SyncRuns(ctx, order.Coupang, 10)
	require.NoError(t, err)
	require.Len(t, runs, 1)
	assert.Equal(t, "요청이 너무 많습니다", runs[0].ErrKorean)
}

func TestSettingsRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openStore(t, dir, nil)
	type printSettings struct {
		Paper   string   `json:"paper"`
		Columns []string `json:"columns"`
	}
	var got printSettings
	ok, err := s.GetSetting(ctx, "print", &got)
	require.NoError(t, err)
	assert.False(t, ok)
	want := printSettings{Paper: "A4", Columns: []string{"수취인", "상품"}}
	require.NoError(t, s.PutSetting(ctx, "print", want))
	require.Error(t, s.PutSetting(ctx, "", 1))
	require.Error(t, s.PutSetting(ctx, "bad", func() {}))

	require.NoError(t, s.Close())
	s = openStore(t, dir, nil)
	ok, err = s.GetSetting(ctx, "print", &got)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, want, got)
	var wrong int
	_, err = s.GetSetting(ctx, "print", &wrong)
	assert.Error(t, err)
	require.NoError(t, s.DeleteSetting(ctx, "print"))
	ok, err = s.GetSetting(ctx, "print", &got)
	require.NoError(t, err)
	assert.False(t, ok)
}

func TestShipmentsAndRawPayload(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	a, b := ship(order.Naver, "1", order.StatusPaid, paid), ship(order.Coupang, "2", order.StatusPaid, paid)
	_, err := s.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: a, Raw: json.RawMessage(`{"productOrderId":"1"}`)}, {Shipment: b}}}, nil)
	require.NoError(t, err)

	got, err := s.Shipments(ctx, []string{b.Key(), a.Key()})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "2", got[0].ID)
	assert.Equal(t, "1", got[1].ID)
	_, err = s.Shipments(ctx, []string{a.Key(), "naver/404"})
	assert.ErrorIs(t, err, store.ErrNotFound)

	raw, err := s.RawPayload(ctx, a.Key())
	require.NoError(t, err)
	assert.JSONEq(t, `{"productOrderId":"1"}`, string(raw))
	_, err = s.RawPayload(ctx, b.Key())
	assert.ErrorIs(t, err, store.ErrNotFound)

	// A record without a raw payload keeps the stored one.
	a.Status = order.StatusAcknowledged
	_, err = s.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: a}}}, nil)
	require.NoError(t, err)
	raw, err = s.RawPayload(ctx, a.Key())
	require.NoError(t, err)
	assert.JSONEq(t, `{"productOrderId":"1"}`, string(raw))
}

func TestClosedStore(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, t.TempDir(), store.Options{})
	require.NoError(t, err)
	require.NoError(t, s.Close())
	_, err = s.Shipment(ctx, "naver/1")
	assert.ErrorIs(t, err, store.ErrClosed)
	_, err = s.Apply(ctx, store.Batch{Records: records(ship(order.Naver, "1", order.StatusPaid, time.Now()))}, nil)
	assert.ErrorIs(t, err, store.ErrClosed)
	assert.ErrorIs(t, s.PutSetting(ctx, "a", 1), store.ErrClosed)
	_, err = s.List(ctx, store.Filter{})
	assert.ErrorIs(t, err, store.ErrClosed)
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := store.Open(ctx, t.TempDir(), store.Options{})
	assert.ErrorIs(t, err, context.Canceled)
	s := openStore(t, t.TempDir(), nil)
	_, err = s.Apply(ctx, store.Batch{Records: records(ship(order.Naver, "1", order.StatusPaid, time.Now()))}, nil)
	assert.ErrorIs(t, err, context.Canceled)
	_, err = s.List(ctx, store.Filter{})
	assert.ErrorIs(t, err, context.Canceled)
}

// TestOpenRebuildsOrReplaysTheIndex: the saved index is used only when it matches the data
// file; otherwise Open rebuilds it from the shipments. Changes made after the last save (a
// crash before Close) are replayed from index_pending.
func TestOpenRebuildsOrReplaysTheIndex(t *testing.T) {
	ctx := context.Background()
	paid := time.Date(2026, 10, 30, 12, 0, 0, 0, order.KST())
	fill := func(t *testing.T) string {
		dir := t.TempDir()
		s, err := store.Open(ctx, dir, store.Options{})
		require.NoError(t, err)
		_, err = s.Apply(ctx, store.Batch{Records: records(
			ship(order.Naver, "1", order.StatusPaid, paid, receiver("김민준", "010-1111-2222")),
			ship(order.Coupang, "2", order.StatusPaid, paid.Add(time.Hour)),
		)}, nil)
		require.NoError(t, err)
		require.NoError(t, s.Close())
		return dir
	}
	idx := func(dir string) string { return filepath.Join(dir, store.IndexFileName) }
	for _, tt := range []struct {
		name   string
		damage func(t *testing.T, dir string)
	}{
		{"intact", func(*testing.T, string) {}},
		{"missing", func(t *testing.T, dir string) { require.NoError(t, os.Remove(idx(dir))) }},
		{"flipped byte", func(t *testing.T, dir string) {
			b, err := os.ReadFile(idx(dir))
			require.NoError(t, err)
			b[len(b)/2] ^= 0x40
			require.NoError(t, os.WriteFile(idx(dir), b, 0o600))
		}},
		{"truncated", func(t *testing.T, dir string) {
			b, err := os.ReadFile(idx(dir))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(idx(dir), b[:len(b)-9], 0o600))
		}},
		{"garbage", func(t *testing.T, dir string) {
			require.NoError(t, os.WriteFile(idx(dir), []byte("not an index"), 0o600))
		}},
		{"another store's index", func(t *testing.T, dir string) {
			other := fill(t)
			b, err := os.ReadFile(idx(other))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(idx(dir), b, 0o600))
		}},
		{"older index of this store", func(t *testing.T, dir string) {
			old, err := os.ReadFile(idx(dir))
			require.NoError(t, err)
			s := openStore(t, dir, nil)
			_, err = s.Apply(ctx, store.Batch{Records: records(ship(order.Coupang, "2", order.StatusCanceled, paid.Add(time.Hour)))}, nil)
			require.NoError(t, err)
			require.NoError(t, s.Close())
			require.NoError(t, os.WriteFile(idx(dir), old, 0o600))
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := fill(t)
			tt.damage(t, dir)
			s := openStore(t, dir, nil)
			page, err := s.List(ctx, store.Filter{Text: "민준"})
			require.NoError(t, err)
			require.Equal(t, 1, page.Total)
			assert.Equal(t, "naver/1", page.Items[0].Key)
			assert.Equal(t, 2, page.Counts.Total)
			want := map[order.Status]int{}
			for _, k := range []string{"naver/1", "coupang/2"} {
				sh, err := s.Shipment(ctx, k)
				require.NoError(t, err)
				want[sh.Status]++
			}
			assert.Equal(t, want, page.Counts.ByStatus, "the counts follow the stored shipments")
		})
	}
}

// TestCrashAfterSaveReplaysPendingChanges copies the data folder of a running store (as a
// crash would leave it: the index file from the last save, the later changes only in the data
// file) and opens the copy.
func TestCrashAfterSaveReplaysPendingChanges(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openStore(t, dir, nil)
	_, err := s.Apply(ctx, store.Batch{Records: storetest.Shipments(4, 300)}, nil)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	s = openStore(t, dir, nil)
	recs := storetest.Range(4, 300, 50)
	changed := storetest.Record(4, 7)
	changed.Shipment.Status = order.StatusCanceled
	changed.Shipment.Receiver.Name = "새이름"
	_, err = s.Apply(ctx, store.Batch{Records: append(recs, changed)}, nil)
	require.NoError(t, err)
	want, err := s.Keys(ctx, store.Filter{})
	require.NoError(t, err)

	crashed := t.TempDir()
	for _, name := range []string{store.FileName, store.IndexFileName} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(crashed, name), b, 0o600))
	}
	c := openStore(t, crashed, nil)
	got, err := c.Keys(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, want, got)
	page, err := c.List(ctx, store.Filter{Text: "새이름"})
	require.NoError(t, err)
	require.Equal(t, 1, page.Total)
	assert.Equal(t, changed.Shipment.Key(), page.Items[0].Key)
	assert.Equal(t, order.StatusCanceled, page.Items[0].Status)
}
