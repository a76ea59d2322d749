package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

func TestDigitalDoor(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	code, out, errOut := runDoor(t, "digital", "--data-dir", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "디지털 발송 내역이 없습니다")

	st, err := store.Open(context.Background(), dir, store.Options{})
	require.NoError(t, err)
	_, err = st.PlanDelivery(context.Background(), store.DeliveryPlan{
		Delivery: store.Delivery{Key: "naver/2026120100000001", Market: order.Naver, Product: "font", ProductName: "한글 폰트", Quantity: 1},
		Hold:     "masked-address", Note: "네이버가 구매자 ID를 가려서 보냈습니다", Actor: "test"})
	require.NoError(t, err)
	require.NoError(t, st.Close())

	code, out, errOut = runDoor(t, "digital", "--json", "--data-dir", dir)
	require.Equal(t, 0, code, errOut)
	var items []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &items))
	require.Len(t, items, 1)
	assert.Equal(t, "naver/2026120100000001", items[0]["key"])
	assert.Equal(t, "held", items[0]["state"])
	assert.Equal(t, "보류", items[0]["stateLabel"])

	code, out, _ = runDoor(t, "digital", "--data-dir", dir)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "한글 폰트")
	assert.Contains(t, out, "보류")
}
