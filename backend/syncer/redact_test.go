package syncer

import (
	"bytes"
	"fmt"
	"log/slog"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConfigsNeverShowSecrets(t *testing.T) {
	nc, err := naver.New(testNaverID, testNaverSecret, naver.WithBaseURL("http://127.0.0.1/external"))
	require.NoError(t, err)
	cc, err := coupang.New("A00012345", "access-9f2c", "secret-77ab")
	require.NoError(t, err)
	n := NaverConfig{Client: nc}
	c := CoupangConfig{Client: cc}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	log.Info("cfg", "naver", n, "coupang", c)
	log.Info("clients", "naver", nc, "coupang", cc)
	for _, s := range []string{fmt.Sprint(n), fmt.Sprintf("%+v %#v", n, n), fmt.Sprint(c), fmt.Sprintf("%+v %#v", c, c), logs.String(),
		fmt.Sprintf("%v %+v %#v %v %+v %#v", nc, nc, nc, cc, cc, cc)} {
		assert.NotContains(t, s, testNaverSecret)
		assert.NotContains(t, s, "access-9f2c")
		assert.NotContains(t, s, "secret-77ab")
	}
	assert.Contains(t, fmt.Sprint(n), testNaverID)
	assert.Contains(t, fmt.Sprint(c), "A00012345")
}
