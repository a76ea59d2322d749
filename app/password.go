package app

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// ServePasswordSetting is the store setting holding the hash of the browser door's password
// (app/web reads and writes the same setting).
const ServePasswordSetting = "serve.passwordHash"

// MinServePasswordLen is the shortest browser-door password accepted (in characters).
const MinServePasswordLen = 8

// maxServePasswordLen bounds what is hashed (characters); far beyond any typed password.
const maxServePasswordLen = 256

// ErrWeakPassword is returned for a password shorter than MinServePasswordLen.
var ErrWeakPassword = errors.New("app: password too short")

// ErrLongPassword is returned for a password longer than anyone types (a pasted file, an attack).
var ErrLongPassword = errors.New("app: password too long")

// prehashedPrefix marks a hash of the SHA-256 of the password. bcrypt reads at most 72 bytes
// (24 Hangul syllables in UTF-8) and x/crypto refuses more; hashing the password first lets a
// seller choose a long Korean passphrase. Hashes without the prefix (older versions) are plain
// bcrypt of the password and keep working.
const prehashedPrefix = "sha256+"

// HashServePassword checks the length rule and returns the hash to store for password. It is the
// one rule for the first password (browser door, command line) and a change in the settings.
func HashServePassword(password string, cost int) (string, error) {
	n := utf8.RuneCountInString(password)
	if n < MinServePasswordLen {
		return "", ErrWeakPassword
	}
	if n > maxServePasswordLen {
		return "", ErrLongPassword
	}
	h, err := bcrypt.GenerateFromPassword(prehash(password), cost)
	if err != nil {
		return "", fmt.Errorf("app: hash password: %w", err)
	}
	return prehashedPrefix + string(h), nil
}

// ServePasswordMatches reports whether password is the one hash was made from.
func ServePasswordMatches(hash, password string) bool {
	if hash == "" {
		return false
	}
	if rest, ok := strings.CutPrefix(hash, prehashedPrefix); ok {
		return bcrypt.CompareHashAndPassword([]byte(rest), prehash(password)) == nil
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// ServePasswordRule is the Korean sentence for a password refused by HashServePassword ("" when
// err is not such a refusal).
func ServePasswordRule(err error) string {
	switch {
	case errors.Is(err, ErrWeakPassword):
		return fmt.Sprintf("비밀번호는 %d자 이상으로 정하세요.", MinServePasswordLen)
	case errors.Is(err, ErrLongPassword):
		return fmt.Sprintf("비밀번호는 %d자까지 정할 수 있습니다.", maxServePasswordLen)
	}
	return ""
}

func prehash(password string) []byte {
	sum := sha256.Sum256([]byte(password))
	return []byte(base64.StdEncoding.EncodeToString(sum[:]))
}
