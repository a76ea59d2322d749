package order

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestStatusRules(t *testing.T) {
	for _, tc := range []struct {
		st                     Status
		progressed, dispatched bool
		naver, coupang         bool
	}{
		{StatusPending, false, false, false, false},
		{StatusPaid, false, false, true, false},
		{StatusAcknowledged, true, false, true, true},
		{StatusShipped, true, true, false, false},
		{StatusDelivering, true, true, false, false},
		{StatusDelivered, true, true, false, false},
		{StatusDecided, true, true, false, false},
		{StatusCanceled, false, false, false, false},
		{StatusReturned, false, false, false, false},
		{StatusExchanged, false, false, false, false},
	} {
		assert.Equal(t, tc.progressed, tc.st.Progressed(), "%s progressed", tc.st)
		assert.Equal(t, tc.dispatched, tc.st.Dispatched(), "%s dispatched", tc.st)
		ok, why := Dispatchable(Naver, tc.st)
		assert.Equal(t, tc.naver, ok, "%s on naver", tc.st)
		assert.Equal(t, ok, why == "", "a refusal says why: %q", why)
		ok, why = Dispatchable(Coupang, tc.st)
		assert.Equal(t, tc.coupang, ok, "%s on coupang", tc.st)
		assert.Equal(t, ok, why == "", "a refusal says why: %q", why)
	}
	_, why := Dispatchable(Coupang, StatusPaid)
	assert.Contains(t, why, "상품준비중")
}

func TestKST(t *testing.T) {
	assert.Same(t, KST(), KST(), "one zone, shared")
	at := time.Date(2026, 11, 22, 0, 14, 0, 0, time.UTC)
	assert.Equal(t, "2026-11-22 09:14", at.In(KST()).Format("2006-01-02 15:04"))
}

func TestCleanKeys(t *testing.T) {
	keys, err := CleanKeys([]string{" naver/1", "coupang/2", "naver/1"})
	assert.NoError(t, err)
	assert.Equal(t, []string{"naver/1", "coupang/2"}, keys, "trimmed, repeats dropped, order kept")
	_, err = CleanKeys([]string{"naver/1", "11st/3"})
	var ke *KeyError
	assert.ErrorAs(t, err, &ke)
	assert.Equal(t, "11st/3", ke.Key)
	keys, err = CleanKeys(nil)
	assert.NoError(t, err)
	assert.Empty(t, keys)
}
