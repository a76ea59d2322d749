// Package naver is SellerDesk's client for the Naver Commerce API (커머스API): the token signature,
// a cached and shared access token, the order reads (changed statuses, details, back-fill list) and
// the two writes SellerDesk makes (발주확인, 발송처리), with typed errors the UI can explain.
package naver

import (
	"encoding/base64"
	"fmt"
	"strconv"

	"golang.org/x/crypto/blowfish"
)

// bcryptAlphabet is bcrypt's radix-64 alphabet (not the standard base64 one).
const bcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

var bcryptEncoding = base64.NewEncoding(bcryptAlphabet).WithPadding(base64.NoPadding)

// magicCipherData is "OrpheanBeholderScryDoubt", the block bcrypt encrypts.
var magicCipherData = [24]byte{
	'O', 'r', 'p', 'h', 'e', 'a', 'n', 'B', 'e', 'h', 'o', 'l',
	'd', 'e', 'r', 'S', 'c', 'r', 'y', 'D', 'o', 'u', 'b', 't',
}

// SecretFormatError reports a client secret that is not a bcrypt salt ($2a$NN$ + 22 chars).
// It never holds the secret itself.
type SecretFormatError struct {
	Reason string
}

func (e *SecretFormatError) Error() string {
	return "naver: client secret is not a bcrypt salt ($2a$NN$ + 22 characters): " + e.Reason
}

// parsedSecret is a client secret split into its bcrypt parts.
type parsedSecret struct {
	prefix string // "$2a$NN$"
	cost   int
	salt   []byte // 16 bytes, decoded
}

func parseSecret(secret string) (parsedSecret, error) {
	if len(secret) != 29 {
		return parsedSecret{}, &SecretFormatError{Reason: fmt.Sprintf("length %d, want 29", len(secret))}
	}
	if secret[0] != '$' || secret[1] != '2' || secret[3] != '$' || secret[6] != '$' {
		return parsedSecret{}, &SecretFormatError{Reason: "does not start with $2a$NN$"}
	}
	switch secret[2] {
	case 'a', 'b', 'y':
	default:
		return parsedSecret{}, &SecretFormatError{Reason: "unknown bcrypt version"}
	}
	if secret[4] < '0' || secret[4] > '9' || secret[5] < '0' || secret[5] > '9' {
		return parsedSecret{}, &SecretFormatError{Reason: "cost is not two digits"}
	}
	cost, _ := strconv.Atoi(secret[4:6])
	if cost < 4 || cost > 31 {
		return parsedSecret{}, &SecretFormatError{Reason: fmt.Sprintf("cost %d outside 4..31", cost)}
	}
	saltText := secret[7:]
	for i := 0; i < len(saltText); i++ {
		if !isBcryptChar(saltText[i]) {
			return parsedSecret{}, &SecretFormatError{Reason: fmt.Sprintf("salt character %d is not in bcrypt's alphabet", i+1)}
		}
	}
	// 22 chars carry 132 bits; bcrypt keeps 128. The lenient decoder drops the low 4 bits of the
	// last character, which is the normalisation that turns the doc vector's trailing 'v' into 'u'.
	salt, err := bcryptEncoding.DecodeString(saltText)
	if err != nil || len(salt) != 16 {
		return parsedSecret{}, &SecretFormatError{Reason: "salt does not decode to 16 bytes"}
	}
	return parsedSecret{prefix: secret[:7], cost: cost, salt: salt}, nil
}

func isBcryptChar(c byte) bool {
	return c == '.' || c == '/' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}

// bcryptWithSalt hashes password with the given bcrypt salt string, like jBCrypt's hashpw.
// The result is the 60-character modular-crypt string.
func bcryptWithSalt(password []byte, ps parsedSecret) (string, error) {
	key := make([]byte, 0, len(password)+1)
	key = append(key, password...)
	key = append(key, 0)
	if len(key) > 72 {
		key = key[:72]
	}
	c, err := blowfish.NewSaltedCipher(key, ps.salt)
	if err != nil {
		return "", fmt.Errorf("naver: sign: blowfish setup: %w", err)
	}
	rounds := uint64(1) << uint(ps.cost)
	for i := uint64(0); i < rounds; i++ {
		blowfish.ExpandKey(key, c)
		blowfish.ExpandKey(ps.salt, c)
	}
	data := magicCipherData
	for i := 0; i < 24; i += 8 {
		for j := 0; j < 64; j++ {
			c.Encrypt(data[i:i+8], data[i:i+8])
		}
	}
	return ps.prefix + bcryptEncoding.EncodeToString(ps.salt) + bcryptEncoding.EncodeToString(data[:23]), nil
}

// SignaturePassword is the text Naver signs: client_id + "_" + timestamp in milliseconds.
func SignaturePassword(clientID string, timestampMs int64) string {
	return clientID + "_" + strconv.FormatInt(timestampMs, 10)
}

// Sign computes client_secret_sign = base64(bcrypt(client_id + "_" + timestamp, salt = client_secret)).
// A secret that is not "$2a$NN$" + 22 radix-64 characters gives a *SecretFormatError.
func Sign(clientID, clientSecret string, timestampMs int64) (string, error) {
	ps, err := parseSecret(clientSecret)
	if err != nil {
		return "", err
	}
	hashed, err := bcryptWithSalt([]byte(SignaturePassword(clientID, timestampMs)), ps)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString([]byte(hashed)), nil
}

// ValidateSecret reports whether secret has the shape of a Naver client secret, without using it.
func ValidateSecret(secret string) error {
	_, err := parseSecret(secret)
	return err
}
