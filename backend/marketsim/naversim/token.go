package naversim

import (
	"crypto/subtle"
	"encoding/base64"
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
// has done since 2026-08.
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
		return s.errAnswer(http.StatusBadRequest, trace, "BAD_REQUEST", "내 스토어 애플리케이션은 type=SELF만 사용할 수 있습니다.")
	}
	if clientID != s.cfg.ClientID {
		return s.errAnswer(http.StatusUnauthorized, trace, "GW.AUTHN", "요청을 보낼 권한이 없습니다.")
	}
	ms, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return s.errAnswer(http.StatusBadRequest, trace, "BAD_REQUEST", "timestamp 형식이 올바르지 않습니다.")
	}
	if d := s.cfg.Clock().Sub(time.UnixMilli(ms)); d > 5*time.Minute || d < -5*time.Minute {
		return s.errAnswer(http.StatusUnauthorized, trace, "GW.AUTHN", "timestamp가 유효 시간(5분)을 벗어났습니다.")
	}
	if !s.signatureValid(clientID+"_"+ts, sign) {
		return s.errAnswer(http.StatusUnauthorized, trace, "GW.AUTHN", "전자서명이 올바르지 않습니다.")
	}
	now := s.cfg.Clock()
	if exp, ok := s.tokens[s.current]; ok && exp.Sub(now) >= 30*time.Minute {
		return s.tokenAnswer(s.current, exp.Sub(now))
	}
	tok := fmt.Sprintf("sim%016x%016x", s.rng.Uint64(), s.rng.Uint64())
	s.tokens[tok] = now.Add(s.cfg.TokenLifetime)
	s.current = tok
	return s.tokenAnswer(tok, s.cfg.TokenLifetime)
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
	return ok && s.cfg.Clock().Before(exp)
}
