package market

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"sellerdesk/backend/usererr"
)

// Keys are the marketplace keys a seller typed, cleaned; an empty field was not given.
type Keys struct {
	NaverClientID, NaverClientSecret                    string
	CoupangVendorID, CoupangAccessKey, CoupangSecretKey string
	// CoupangWingUserID is the seller's WING login id (not a secret): Coupang's 판매 취소 asks for it.
	CoupangWingUserID string
	// ClearCoupangWingUserID asks to clear the saved WING login id (설정's 지우기): a blank
	// CoupangWingUserID only means "not given" and keeps it.
	ClearCoupangWingUserID bool
}

// Onto lays the keys given over the saved ones: a field not given (blank) keeps the saved value, so
// a form that sends nothing, or sends only other fields, never wipes a key. Only an explicit
// ClearCoupangWingUserID clears the saved WING login id (an id given at the same time wins: it is
// what the seller typed). The result's clear flag is false.
func (k Keys) Onto(saved Keys) Keys {
	if k.ClearCoupangWingUserID {
		saved.CoupangWingUserID = ""
	}
	for _, f := range []struct{ v, to *string }{{&k.NaverClientID, &saved.NaverClientID}, {&k.NaverClientSecret, &saved.NaverClientSecret},
		{&k.CoupangVendorID, &saved.CoupangVendorID}, {&k.CoupangAccessKey, &saved.CoupangAccessKey}, {&k.CoupangSecretKey, &saved.CoupangSecretKey},
		{&k.CoupangWingUserID, &saved.CoupangWingUserID}} {
		if *f.v != "" {
			*f.to = *f.v
		}
	}
	saved.ClearCoupangWingUserID = false
	return saved
}

var (
	naverSecretRe   = regexp.MustCompile(`^\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{22}$`)
	naverClientIDRe = regexp.MustCompile(`^[A-Za-z0-9_-]{8,100}$`)
	vendorIDRe      = regexp.MustCompile(`^A\d{8}$`)
	// Coupang's access and secret keys are printable ASCII without spaces (a UUID and a 40-digit hex
	// string in the Open API guide); anything else is a copy-and-paste accident.
	coupangKeyRe = regexp.MustCompile(`^[\x21-\x7e]{8,200}$`)
	// A WING login id is a login name (letters, digits, a few signs, or an e-mail address).
	wingUserIDRe = regexp.MustCompile(`^[\x21-\x7e]{1,100}$`)
)

// CheckKeys checks the format of each key given and cleans it (spaces around an ID or a Coupang
// key, the 업체코드 upper-cased; Naver's secret is an opaque bcrypt salt containing '$': never
// trimmed). The first bad one is refused with a Korean sentence.
func CheckKeys(in Keys) (Keys, error) {
	out := Keys{NaverClientID: strings.TrimSpace(in.NaverClientID), NaverClientSecret: in.NaverClientSecret,
		CoupangVendorID:  strings.ToUpper(strings.TrimSpace(in.CoupangVendorID)),
		CoupangAccessKey: strings.TrimSpace(in.CoupangAccessKey), CoupangSecretKey: strings.TrimSpace(in.CoupangSecretKey),
		CoupangWingUserID: strings.TrimSpace(in.CoupangWingUserID), ClearCoupangWingUserID: in.ClearCoupangWingUserID}
	switch {
	case out.NaverClientID != "" && !naverClientIDRe.MatchString(out.NaverClientID):
		return out, usererr.New("네이버 애플리케이션 ID 형식이 올바르지 않습니다. 커머스API센터에서 복사한 영문·숫자 값(예: 7dMvteboKNHwyRremLXXXX)을 그대로 붙여 넣으세요.",
			errors.New("naver client id does not look like an application id"))
	case out.NaverClientSecret != "" && !naverSecretRe.MatchString(out.NaverClientSecret):
		return out, usererr.New("네이버 애플리케이션 시크릿 형식이 올바르지 않습니다. 커머스API센터에서 복사한 값($2a$로 시작하는 29자)을 그대로 붙여 넣으세요.",
			errors.New("naver client secret does not look like a bcrypt salt"))
	case out.CoupangVendorID != "" && !vendorIDRe.MatchString(out.CoupangVendorID):
		return out, usererr.New("쿠팡 업체코드는 A로 시작하는 9자리(예: A00012345)입니다.", errors.New("bad vendor id"))
	case out.CoupangWingUserID != "" && !wingUserIDRe.MatchString(out.CoupangWingUserID):
		return out, usererr.New("쿠팡 WING 로그인 ID는 WING에 로그인할 때 쓰는 아이디입니다. 공백이나 한글 없이 100자 이내로 적어 주세요.",
			errors.New("bad wing login id"))
	}
	for _, k := range []struct{ v, label string }{{out.CoupangAccessKey, "Access Key"}, {out.CoupangSecretKey, "Secret Key"}} {
		if k.v != "" && !coupangKeyRe.MatchString(k.v) {
			return out, usererr.New("쿠팡 "+k.label+" 형식이 올바르지 않습니다. WING에서 복사한 값을 공백 없이 그대로 붙여 넣으세요.",
				fmt.Errorf("bad coupang %s", k.label))
		}
	}
	return out, nil
}
