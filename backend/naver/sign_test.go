package naver

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/bcrypt"
)

type signVector struct {
	ClientID        string `json:"client_id"`
	ClientSecret    string `json:"client_secret"`
	Timestamp       int64  `json:"timestamp"`
	Source          string `json:"source"`
	Password        string `json:"password"`
	Bcrypt          string `json:"bcrypt"`
	ClientSecretSig string `json:"client_secret_sign"`
}

func loadVectors(t *testing.T, path string) []signVector {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared test vectors not found at %s (the embedded copy in testdata/naver still runs)", path)
	}
	require.NoError(t, err)
	var f struct {
		Vectors []signVector `json:"vectors"`
	}
	require.NoError(t, json.Unmarshal(b, &f))
	require.NotEmpty(t, f.Vectors)
	return f.Vectors
}

// checkVectors checks Sign against every vector; secondOpinion also has x/crypto's bcrypt check
// the result (slow for the cost-10 official vector under -race, so done once).
func checkVectors(t *testing.T, vectors []signVector, secondOpinion bool) {
	for _, v := range vectors {
		t.Run(v.ClientID, func(t *testing.T) {
			require.Equal(t, v.Password, SignaturePassword(v.ClientID, v.Timestamp))
			sign, err := Sign(v.ClientID, v.ClientSecret, v.Timestamp)
			require.NoError(t, err)
			assert.Equal(t, v.ClientSecretSig, sign)
			assert.Len(t, sign, 80)
			decoded, err := base64.StdEncoding.DecodeString(sign)
			require.NoError(t, err)
			assert.Equal(t, v.Bcrypt, string(decoded))
			if !secondOpinion {
				return
			}
			// x/crypto's bcrypt accepts our hash for the password and, for the cheap vectors,
			// rejects it for the next millisecond.
			require.NoError(t, bcrypt.CompareHashAndPassword(decoded, []byte(v.Password)))
			if v.ClientSecret[4:6] == "04" {
				assert.Error(t, bcrypt.CompareHashAndPassword(decoded, []byte(SignaturePassword(v.ClientID, v.Timestamp+1))))
			}
		})
	}
}

func TestSignSharedVectors(t *testing.T) {
	// /work/shared sits beside the repository: ../shared from the repo root (one level more from a
	// worktree under /work/wt).
	for _, p := range []string{
		filepath.Join("..", "..", "..", "shared", "testvectors", "naver_client_secret_sign.json"),
		filepath.Join("..", "..", "..", "..", "shared", "testvectors", "naver_client_secret_sign.json"),
	} {
		if _, err := os.Stat(p); err == nil {
			checkVectors(t, loadVectors(t, p), false)
			return
		}
	}
	t.Skip("shared test vectors not found beside the repository (../shared/testvectors); the embedded copy in testdata/naver still runs")
}

func TestSignEmbeddedVectors(t *testing.T) {
	vectors := loadVectors(t, filepath.Join("testdata", "naver", "naver_client_secret_sign.json"))
	checkVectors(t, vectors, true)
	// The official vector's salt ends in 'v' and must come out as 'u'.
	official := vectors[0]
	require.Equal(t, byte('v'), official.ClientSecret[len(official.ClientSecret)-1])
	assert.Equal(t, byte('u'), official.Bcrypt[28])
}

func TestSignRejectsMalformedSecrets(t *testing.T) {
	for name, secret := range map[string]string{
		"empty":            "",
		"plain text":       "not-a-bcrypt-salt-at-all-xxx",
		"short salt":       "$2a$04$abcdefghijklmnopqrstu",
		"long salt":        "$2a$04$abcdefghijklmnopqrstuvw",
		"bad version":      "$2x$04$abcdefghijklmnopqrstuv",
		"cost too low":     "$2a$03$abcdefghijklmnopqrstuv",
		"cost too high":    "$2a$32$abcdefghijklmnopqrstuv",
		"cost not digits":  "$2a$x4$abcdefghijklmnopqrstuv",
		"bad salt char":    "$2a$04$abcdefghijklmnopqrst!v",
		"env-expanded $2a": "a$04$abcdefghijklmnopqrstuvxx",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Sign("id", secret, 1)
			var sfe *SecretFormatError
			require.ErrorAs(t, err, &sfe)
			if secret != "" {
				assert.NotContains(t, err.Error(), secret)
			}
			assert.ErrorAs(t, ValidateSecret(secret), &sfe)
		})
	}
}

func BenchmarkSign(b *testing.B) {
	for _, bc := range []struct{ name, secret string }{
		{"cost04", "$2a$04$A.m5cKAa1oXZfFITnYi7k."},
		{"cost10", "$2a$10$abcdefghijklmnopqrstuv"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := Sign("U8JZpDE0iGXlD6gNCFbaEP", bc.secret, 1773404053465+int64(i)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
