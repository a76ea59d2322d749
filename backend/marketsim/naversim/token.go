package naversim

import (
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

const bcryptChars = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// token serves POST /v1/oauth2/token. Any departure from the documented form (params in the
// query, a non-form body, a missing or extra parameter) switches the quota penalty on, as Naver
// has done since 2026-08. A timestamp must be within 5 minutes of the store's clock; with
// Real.TokenClock it must also not be later than it ("timestamp 항목은 현재 이전이어야 합니다").
func (s *Sim) token(r *http.Request, body []byte, trace string) answer {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if r.URL.RawQuery != "" || err != nil || mt != "application/x-www-form-urlencoded" {
		s.penalty = true
		return s.quotaAnswer(trace)
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		s.penalty = true
		return s.quotaAnswer(trace)
	}
	one := func(k string) string {
		if len(form[k]) != 1 {
			return ""
		}
		return form[k][0]
	}
	clientID, ts, sign, typ := one("client_id"), one("timestamp"), one("client_secret_sign"), one("type")
	_, hasAccount := form["account_id"]
	if clientID == "" || ts == "" || sign == "" || one("grant_type") != "client_credentials" ||
		(typ != "SELF" && typ != "SELLER") || (typ == "SELF") == hasAccount {
		s.penalty = true
		return s.quotaAnswer(trace)
	}
	if typ == "SELLER" {
		if s.cfg.Real.TokenErrors {
			return s.tokenRefusal(http.StatusForbidden, trace, "type", "내 스토어 애플리케이션은 type=SELF만 사용할 수 있습니다.")
		}
		return s.errAnswer(http.StatusBadRequest, trace, "BAD_REQUEST", "내 스토어 애플리케이션은 type=SELF만 사용할 수 있습니다.")
	}
	if clientID != s.cfg.ClientID {
		return s.refuseToken(trace, "client_id", "client_id 항목이 유효하지 않습니다.")
	}
	ms, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		if s.cfg.Real.TokenErrors {
			return s.tokenRefusal(http.StatusBadRequest, trace, "timestamp", "timestamp 형식이 올바르지 않습니다.")
		}
		return s.errAnswer(http.StatusBadRequest, trace, "BAD_REQUEST", "timestamp 형식이 올바르지 않습니다.")
	}
	age := s.clock().Sub(time.UnixMilli(ms))
	switch {
	case s.cfg.Real.TokenClock && age < 0:
		return s.refuseToken(trace, "timestamp", "timestamp 항목은 현재 이전이어야 합니다.")
	case age > 5*time.Minute || age < -5*time.Minute:
		return s.refuseToken(trace, "timestamp", "timestamp 유효 시간이 만료되었습니다.")
	}
	if !s.signatureValid(clientID+"_"+ts, sign) {
		return s.refuseToken(trace, "client_secret_sign", "client_secret_sign 항목이 유효하지 않습니다.")
	}
	now := s.clock()
	if exp, ok := s.tokens[s.current]; ok && exp.Sub(now) >= 30*time.Minute {
		return s.tokenAnswer(s.current, exp.Sub(now))
	}
	tok := fmt.Sprintf("sim%016x%016x", s.rng.Uint64(), s.rng.Uint64())
	s.tokens[tok] = now.Add(s.cfg.TokenLifetime)
	s.current = tok
	return s.tokenAnswer(tok, s.cfg.TokenLifetime)
}

// refuseToken refuses a well-formed token request: with Real.TokenErrors as the official page
// documents (400, the rejected field in invalidInputs), otherwise as 401 GW.AUTHN.
func (s *Sim) refuseToken(trace, field, msg string) answer {
	if s.cfg.Real.TokenErrors {
		return s.tokenRefusal(http.StatusBadRequest, trace, field, msg)
	}
	return s.errAnswer(http.StatusUnauthorized, trace, "GW.AUTHN", msg)
}

// tokenRefusal is the token endpoint's documented error body {code, message, timestamp,
// invalidInputs, data}. The page gives no code values; the simulator's are its own.
func (s *Sim) tokenRefusal(status int, trace, field, msg string) answer {
	code := "BAD_REQUEST"
	if status == http.StatusForbidden {
		code = "FORBIDDEN"
	}
	b, _ := json.Marshal(map[string]any{
		"code":          code,
		"message":       "요청 값이 유효하지 않습니다.",
		"timestamp":     s.clock().UTC().Format("2006-01-02T15:04:05.000Z07:00"),
		"invalidInputs": []map[string]string{{"name": field, "type": "InvalidValue", "message": msg}},
		"data":          map[string]any{},
	})
	return answer{status: status, header: http.Header{}, body: b}
}

func (s *Sim) tokenAnswer(tok string, left time.Duration) answer {
	// The token endpoint answers without the usual envelope.
	b := fmt.Appendf(nil, `{"access_token":%q,"expires_in":%d,"token_type":"Bearer"}`, tok, int64(left.Seconds()))
	return answer{status: http.StatusOK, header: http.Header{}, body: b}
}

// signatureValid checks sign = base64(bcrypt(password, salt = secret)): bcrypt must accept the
// hash for the password, and the hash must carry the secret's cost and (normalised) salt.
func (s *Sim) signatureValid(password, sign string) bool {
	hashed, err := base64.StdEncoding.DecodeString(sign)
	if err != nil || len(hashed) != 60 {
		return false
	}
	secret := s.cfg.ClientSecret
	if len(secret) != 29 {
		return false
	}
	// Bcrypt keeps only the top 2 bits of the 22nd salt character.
	last := strings.IndexByte(bcryptChars, secret[28])
	if last < 0 {
		return false
	}
	want := secret[:28] + string(bcryptChars[last&^0x0f])
	if subtle.ConstantTimeCompare(hashed[:29], []byte(want)) != 1 {
		return false
	}
	return bcrypt.CompareHashAndPassword(hashed, []byte(password)) == nil
}

func (s *Sim) validToken(tok string) bool {
	exp, ok := s.tokens[tok]
	return ok && s.clock().Before(exp)
}
