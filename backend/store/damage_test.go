package store_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// damageN shipments make a data file of about 280 pages.
const damageN = 2000

// damagedFolder returns a data folder holding a closed store of damageN shipments, and its
// records. The same store is built once per test binary and copied.
func damagedFolder(t *testing.T) (string, []store.Record) {
	t.Helper()
	recs := storetest.Shipments(21, damageN)
	dir := t.TempDir()
	s, err := store.Open(context.Background(), dir, store.Options{})
	require.NoError(t, err)
	for i := 0; i < len(recs); i += 500 {
		_, err := s.Apply(context.Background(), store.Batch{Records: recs[i : i+500]}, nil)
		require.NoError(t, err)
	}
	require.NoError(t, s.Close())
	return dir, recs
}

// boxOffset finds where the stored box of key lies in the data file.
func boxOffset(t *testing.T, path, key string) (int, int) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	require.NoError(t, err)
	var box []byte
	require.NoError(t, db.View(func(tx *bolt.Tx) error {
		box = bytes.Clone(tx.Bucket([]byte("boxes")).Get([]byte(key)))
		return nil
	}))
	require.NoError(t, db.Close())
	require.NotEmpty(t, box)
	file, err := os.ReadFile(path)
	require.NoError(t, err)
	off := bytes.Index(file, box)
	require.GreaterOrEqual(t, off, 0)
	return off, len(box)
}

func editFile(t *testing.T, path string, edit func([]byte) []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, edit(b), 0o600))
}

// assertStoreError fails unless err is nil or an error of a damaged file or record.
func assertStoreError(t *testing.T, err error, what string) {
	t.Helper()
	if err == nil || errors.Is(err, store.ErrDamaged) || errors.Is(err, store.ErrRecordDamaged) || errors.Is(err, store.ErrNotSellerDesk) {
		return
	}
	t.Fatalf("%s: an error that is not a damaged file's: %v", what, err)
}

func TestOpenCutShortFileIsDamagedNotACrash(t *testing.T) {
	for _, keep := range []float64{0.5, 0.9, 0.25} {
		dir, _ := damagedFolder(t)
		path := filepath.Join(dir, store.FileName)
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		require.NoError(t, err)
		var used int64
		require.NoError(t, db.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil }))
		require.NoError(t, db.Close())
		editFile(t, path, func(b []byte) []byte { return b[:int(float64(used)*keep)] })
		_, err = store.Open(context.Background(), dir, store.Options{})
		require.Error(t, err)
		assert.ErrorIs(t, err, store.ErrDamaged, "cut to %.0f%%", keep*100)
		msg, ok := store.SellerMessage(err)
		assert.True(t, ok)
		assert.Contains(t, msg, "손상")
		// The refused file holds no lock: a restore (or another open) may take it.
		require.NoError(t, os.Remove(path))
		s, err := store.Open(context.Background(), dir, store.Options{})
		require.NoError(t, err)
		require.NoError(t, s.Close())
	}
}

func TestOpenZeroedPagesIsDamagedNotAPanic(t *testing.T) {
	for _, opts := range []struct {
		name string
		o    store.Options
	}{{"checked at open", store.Options{}}, {"found when read", store.WithoutVerifyAtOpen(store.Options{})}} {
		t.Run(opts.name, func(t *testing.T) {
			dir, recs := damagedFolder(t)
			path := filepath.Join(dir, store.FileName)
			off, _ := boxOffset(t, path, recs[damageN/2].Shipment.Key())
			editFile(t, path, func(b []byte) []byte {
				page := off / 4096 * 4096
				clear(b[page : page+4096])
				return b
			})
			ctx := context.Background()
			s, err := store.Open(ctx, dir, opts.o)
			if err != nil {
				assert.ErrorIs(t, err, store.ErrDamaged)
				return
			}
			defer s.Close()
			// The saved index opened the file: reading the zeroed page is a typed error.
			_, err = s.Shipment(ctx, recs[damageN/2].Shipment.Key())
			require.Error(t, err)
			assert.ErrorIs(t, err, store.ErrDamaged)
			msg, ok := store.SellerMessage(err)
			assert.True(t, ok)
			assert.Contains(t, msg, "백업으로 복원")
		})
	}
}

// TestOneDamagedBoxIsSetAsideAndTheRestOpens: bytes changed inside one stored box no longer
// refuse the whole folder. When the index is rebuilt the box is set aside and reported; when the
// saved index opens the file, the list shows the box as damaged, reading it says so, and the next
// synced copy replaces it.
func TestOneDamagedBoxIsSetAsideAndTheRestOpens(t *testing.T) {
	ctx := context.Background()
	t.Run("index rebuilt", func(t *testing.T) {
		dir, recs := damagedFolder(t)
		path := filepath.Join(dir, store.FileName)
		key := recs[123].Shipment.Key()
		off, n := boxOffset(t, path, key)
		editFile(t, path, func(b []byte) []byte { b[off+n/2] ^= 0x5a; return b })
		require.NoError(t, os.Remove(filepath.Join(dir, store.IndexFileName)))

		s, err := store.Open(ctx, dir, store.Options{})
		require.NoError(t, err)
		defer s.Close()
		aside := s.SetAsideAtOpen()
		require.Len(t, aside, 1)
		assert.Equal(t, key, aside[0].Key)
		assert.Equal(t, store.SetAsideDamaged, aside[0].Kind)
		page, err := s.List(ctx, store.Filter{Limit: store.MaxLimit})
		require.NoError(t, err)
		assert.Equal(t, damageN-1, page.Total)
		_, err = s.Shipment(ctx, key)
		assert.ErrorIs(t, err, store.ErrNotFound)
		list, err := s.SetAsideRecords(ctx)
		require.NoError(t, err)
		require.Len(t, list, 1)
		assert.Equal(t, key, list[0].Key)

		// The marketplace sends it again: it is stored, and no longer set aside.
		res, err := s.Apply(ctx, store.Batch{Records: recs[123:124]}, nil)
		require.NoError(t, err)
		assert.Equal(t, []string{key}, res.Added)
		list, err = s.SetAsideRecords(ctx)
		require.NoError(t, err)
		assert.Empty(t, list)
	})
	t.Run("saved index", func(t *testing.T) {
		dir, recs := damagedFolder(t)
		path := filepath.Join(dir, store.FileName)
		key := recs[123].Shipment.Key()
		off, n := boxOffset(t, path, key)
		editFile(t, path, func(b []byte) []byte { b[off+n/2] ^= 0x5a; return b })

		s, err := store.Open(ctx, dir, store.Options{})
		require.NoError(t, err)
		defer s.Close()
		assert.Empty(t, s.SetAsideAtOpen())
		page, err := s.List(ctx, store.Filter{Text: recs[123].Shipment.ID})
		require.NoError(t, err)
		require.Equal(t, 1, page.Total)
		assert.True(t, page.Items[0].Damaged)
		assert.Equal(t, store.DamagedProduct, page.Items[0].Product)
		assert.Equal(t, recs[123].Shipment.Status, page.Items[0].Status)
		_, err = s.Shipment(ctx, key)
		assert.ErrorIs(t, err, store.ErrRecordDamaged)
		msg, ok := store.SellerMessage(err)
		assert.True(t, ok)
		assert.Contains(t, msg, "이 주문의 저장 데이터가 손상")
		all, err := s.List(ctx, store.Filter{Limit: store.MaxLimit})
		require.NoError(t, err, "the other boxes list as before")
		assert.Equal(t, damageN, all.Total)

		// The next synced copy replaces the damaged box, which is kept aside.
		res, err := s.Apply(ctx, store.Batch{Records: recs[123:124]}, func(prev, next *order.Shipment) {
			assert.Nil(t, prev, "a damaged box has nothing to merge")
		})
		require.NoError(t, err)
		assert.Equal(t, []string{key}, res.Changed)
		got, err := s.Shipment(ctx, key)
		require.NoError(t, err)
		assert.Equal(t, recs[123].Shipment.Receiver, got.Receiver)
		list, err := s.SetAsideRecords(ctx)
		require.NoError(t, err)
		require.Len(t, list, 1)
		assert.Equal(t, store.SetAsideDamaged, list[0].Kind)
		page, err = s.List(ctx, store.Filter{Limit: store.MaxLimit})
		require.NoError(t, err)
		assert.Equal(t, damageN, page.Total)
		for _, it := range page.Items {
			assert.False(t, it.Damaged)
		}
	})
}

// TestRandomDamageNeverCrashes changes a data file at random — bytes flipped, pages zeroed,
// the file cut — and uses it: every call returns, and every error is a damaged file's.
func TestRandomDamageNeverCrashes(t *testing.T) {
	base, recs := damagedFolder(t)
	orig, err := os.ReadFile(filepath.Join(base, store.FileName))
	require.NoError(t, err)
	idx, err := os.ReadFile(filepath.Join(base, store.IndexFileName))
	require.NoError(t, err)
	ctx := context.Background()
	rounds := 60
	if testing.Short() {
		rounds = 15
	}
	opened := 0
	for seed := range rounds {
		r := rand.New(rand.NewPCG(uint64(seed), 7))
		b := bytes.Clone(orig)
		var what string
		switch seed % 3 {
		case 0:
			what = "flipped bytes"
			for range 1 + r.IntN(40) {
				b[4096*2+r.IntN(len(b)-4096*2)] ^= byte(1 + r.IntN(255))
			}
		case 1:
			what = "zeroed pages"
			for range 1 + r.IntN(4) {
				p := 2 + r.IntN(len(b)/4096-2)
				clear(b[p*4096 : (p+1)*4096])
			}
		case 2:
			what = "cut and flipped"
			b = b[:4096*4+r.IntN(len(b)-4096*4)]
			b[r.IntN(len(b))] ^= 0xff
		}
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, store.FileName), b, 0o600))
		if seed%2 == 0 {
			require.NoError(t, os.WriteFile(filepath.Join(dir, store.IndexFileName), idx, 0o600))
		}
		opts := store.Options{}
		if seed%4 < 2 {
			opts = store.WithoutVerifyAtOpen(opts)
		}
		s, err := store.Open(ctx, dir, opts)
		assertStoreError(t, err, what+": open")
		if err != nil {
			continue
		}
		opened++
		for off := 0; off < damageN; off += store.MaxLimit {
			_, err := s.List(ctx, store.Filter{Offset: off, Limit: store.MaxLimit})
			assertStoreError(t, err, what+": list")
		}
		_, err = s.List(ctx, store.Filter{Text: "김"})
		assertStoreError(t, err, what+": search")
		for i := 0; i < damageN; i += 37 {
			_, err := s.Shipment(ctx, recs[i].Shipment.Key())
			if !errors.Is(err, store.ErrNotFound) {
				assertStoreError(t, err, what+": shipment")
			}
		}
		_, err = s.Apply(ctx, store.Batch{Records: recs[:50]}, nil)
		assertStoreError(t, err, what+": apply")
		_, err = s.SyncRuns(ctx, order.Naver, 10)
		assertStoreError(t, err, what+": sync runs")
		assertStoreError(t, s.Close(), what+": close")
	}
	t.Logf("%d of %d damaged files opened", opened, rounds)
}

// TestSetAsideRecordsGoWithTheRetention: set-aside records hold personal data; masking deletes
// those not seen for the retention period and keeps newer ones.
func TestSetAsideRecordsGoWithTheRetention(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	bad := storetest.Shipments(9, 2)
	bad[0].Shipment.Lines[0].Quantity = -1
	bad[1].Shipment.Lines[0].Quantity = order.MaxQuantity + 1
	_, err := s.Apply(ctx, store.Batch{Records: bad[:1]}, nil)
	require.NoError(t, err)
	c.Add(100 * 24 * time.Hour)
	_, err = s.Apply(ctx, store.Batch{Records: bad[1:]}, nil)
	require.NoError(t, err)
	list, err := s.SetAsideRecords(ctx)
	require.NoError(t, err)
	require.Len(t, list, 2)
	_, err = s.MaskPersonalData(ctx, c.Now().Add(-90*24*time.Hour), "system", "retention")
	require.NoError(t, err)
	list, err = s.SetAsideRecords(ctx)
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, bad[1].Shipment.Key(), list[0].Key)
}
