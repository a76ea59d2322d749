package syncer

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConfigsNeverShowSecrets(t *testing.T) {
	n := NaverConfig{ClientID: testNaverID, ClientSecret: testNaverSecret, BaseURL: "http://127.0.0.1/external"}
	c := CoupangConfig{VendorID: "A00012345", AccessKey: "access-9f2c", SecretKey: "secret-77ab"}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	log.Info("cfg", "naver", n, "coupang", c)
	for _, s := range []string{fmt.Sprint(n), fmt.Sprintf("%+v %#v", n, n), fmt.Sprint(c), fmt.Sprintf("%+v %#v", c, c), logs.String()} {
		assert.NotContains(t, s, testNaverSecret)
		assert.NotContains(t, s, "access-9f2c")
		assert.NotContains(t, s, "secret-77ab")
	}
	assert.Contains(t, fmt.Sprint(n), testNaverID)
	assert.Contains(t, fmt.Sprint(c), "A00012345")
}
