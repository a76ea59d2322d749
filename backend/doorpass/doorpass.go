// Package doorpass is the browser door's password: the length rule, the hash kept in the store, the check.
package doorpass

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// Setting is the store setting holding the hash of the browser door's password
// (app/web reads and writes the same setting).
const Setting = "serve.passwordHash"

// MinLen is the shortest browser-door password accepted (in characters).
const MinLen = 8

// maxLen bounds what is hashed (characters); far beyond any typed password.
const maxLen = 256

// ErrWeak is returned for a password shorter than MinLen.
var ErrWeak = errors.New("doorpass: password too short")

// ErrLong is returned for a password longer than anyone types (a pasted file, an attack).
var ErrLong = errors.New("doorpass: password too long")

// prehashedPrefix marks a hash of the SHA-256 of the password. bcrypt reads at most 72 bytes
// (24 Hangul syllables in UTF-8) and x/crypto refuses more; hashing the password first lets a
// seller choose a long Korean passphrase. Hashes without the prefix (older versions) are plain
// bcrypt of the password and keep working.
const prehashedPrefix = "sha256+"

// Hash checks the length rule and returns the hash to store for password. It is the
// one rule for the first password (browser door, command line) and a change in the settings.
func Hash(password string, cost int) (string, error) {
	n := utf8.RuneCountInString(password)
	if n < MinLen {
		return "", ErrWeak
	}
	if n > maxLen {
		return "", ErrLong
	}
	h, err := bcrypt.GenerateFromPassword(prehash(password), cost)
	if err != nil {
		return "", fmt.Errorf("doorpass: hash password: %w", err)
	}
	return prehashedPrefix + string(h), nil
}

// Matches reports whether password is the one hash was made from.
func Matches(hash, password string) bool {
	if hash == "" {
		return false
	}
	if rest, ok := strings.CutPrefix(hash, prehashedPrefix); ok {
		return bcrypt.CompareHashAndPassword([]byte(rest), prehash(password)) == nil
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// Rule is the Korean sentence for a password refused by Hash ("" when
// err is not such a refusal).
func Rule(err error) string {
	switch {
	case errors.Is(err, ErrWeak):
		return fmt.Sprintf("비밀번호는 %d자 이상으로 정하세요.", MinLen)
	case errors.Is(err, ErrLong):
		return fmt.Sprintf("비밀번호는 %d자까지 정할 수 있습니다.", maxLen)
	}
	return ""
}

func prehash(password string) []byte {
	sum := sha256.Sum256([]byte(password))
	return []byte(base64.StdEncoding.EncodeToString(sum[:]))
}
