package market

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

// The API address rule. The clients sign every call with the saved keys (Naver: a bcrypt
// signature from which the secret's salt can be read, then the access token; Coupang: an HMAC
// signature with the access key), so whoever the address names receives what proves the seller's
// identity. The production addresses are pinned (naver.DefaultBaseURL, coupang.DefaultBaseURL);
// another address is allowed only over https, or over plain http only on this PC (a simulator, a
// relay on 127.0.0.1). The same rule applies to the SELLERDESK_*_BASE_URL environment variables.

// ErrAPIURL is the cause of every address the rule refuses.
var ErrAPIURL = errors.New("market: API address refused")

// productionURL is the pinned production base of m.
func productionURL(m order.Marketplace) string {
	if m == order.Naver {
		return naver.DefaultBaseURL
	}
	return coupang.DefaultBaseURL
}

// APIURL checks raw as an API base of m and returns it as saved: "" for the production
// address (and for ""), else the address without a trailing slash. A refusal is a UserError.
func APIURL(m order.Marketplace, raw string) (string, error) {
	v := strings.TrimRight(strings.TrimSpace(raw), "/")
	if v == "" || v == productionURL(m) {
		return "", nil
	}
	rule := m.Label() + " API 주소는 기본값(" + productionURL(m) + ")을 쓰거나, https://로 시작하는 주소, 또는 이 PC의 주소(http://127.0.0.1:포트)만 쓸 수 있습니다."
	p, err := url.Parse(v)
	if err != nil || p.Host == "" || p.Opaque != "" {
		return "", usererr.New(rule, fmt.Errorf("%w: %s address %q does not parse", ErrAPIURL, m, raw))
	}
	if p.User != nil || p.RawQuery != "" || p.Fragment != "" || p.ForceQuery {
		return "", usererr.New(rule+" 주소에 사용자 정보, ?, #를 넣지 마세요.", fmt.Errorf("%w: %s address carries userinfo, a query or a fragment", ErrAPIURL, m))
	}
	host := strings.ToLower(p.Hostname())
	canon := strings.ToLower(p.Scheme) + "://" + strings.ToLower(p.Host) + p.EscapedPath()
	if canon == productionURL(m) {
		return "", nil
	}
	prod, _ := url.Parse(productionURL(m))
	switch {
	case host == prod.Hostname():
		// The production host only at its own address: an http or another port or path there is a mistake.
		return "", usererr.New(rule, fmt.Errorf("%w: %s production host at %q", ErrAPIURL, m, v))
	case p.Scheme == "https":
	case p.Scheme == "http" && loopbackHost(host):
	case p.Scheme == "http":
		return "", usererr.New(rule+" 다른 컴퓨터로는 암호화된 https 주소만 쓸 수 있습니다.",
			fmt.Errorf("%w: %s plain http to %q, not this PC", ErrAPIURL, m, host))
	default:
		return "", usererr.New(rule, fmt.Errorf("%w: %s scheme %q", ErrAPIURL, m, p.Scheme))
	}
	return canon, nil
}

// loopbackHost reports whether host (no port) is this PC: localhost or a loopback IP.
func loopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// APIURLLocked refuses an address change from a door that may not make one.
const APIURLLocked = "브라우저 접속에서는 API 주소를 바꿀 수 없습니다(저장된 키가 그 주소로 보내지기 때문입니다). " +
	"셀러데스크 창에서 바꾸거나, 이 PC에서 sellerdesk serve --allow-api-url로 다시 시작하세요."

// APIURLNote explains the API address fields of the settings screen.
func APIURLNote(locked bool) string {
	if locked {
		return "API 주소는 브라우저 접속에서 바꿀 수 없습니다. 셀러데스크 창에서 바꾸거나 sellerdesk serve --allow-api-url로 시작하세요."
	}
	return "비워 두면 마켓의 공식 주소를 씁니다. 다른 주소는 https:// 주소나 이 PC의 주소(http://127.0.0.1:포트)만 쓸 수 있고, 주소를 바꾸면 저장된 키를 지우므로 키를 다시 입력해야 합니다."
}

// ChangeAPIURL is the address of m to save when the settings form sends in over the saved one:
// blank keeps saved; changed says that it differs (the saved secrets were given for the old one);
// locked refuses any change (the browser door without --allow-api-url).
func ChangeAPIURL(m order.Marketplace, saved, in string, locked bool) (v string, changed bool, err error) {
	if strings.TrimSpace(in) == "" {
		return saved, false, nil
	}
	if v, err = APIURL(m, in); err != nil {
		return saved, false, err
	}
	if old, err := APIURL(m, saved); err == nil && old == v {
		return v, false, nil
	}
	if locked {
		return saved, false, usererr.New(APIURLLocked, fmt.Errorf("%w: %s address change from a door that may not make one", ErrAPIURL, m))
	}
	return v, true, nil
}

// KeysCleared tells the seller that an address change cleared m's saved keys.
func KeysCleared(m order.Marketplace) string {
	return m.Label() + " API 주소가 바뀌어 저장된 키를 지웠습니다. 새 주소에 보낼 키를 다시 입력하고 저장하세요."
}
