// Package mail sends SellerDesk's mails — digital goods to their buyers — through the seller's
// own SMTP server (Naver mail, Gmail, Daum/Kakao, or any other), with STARTTLS or implicit TLS
// and a login. It tells a send that surely failed from one whose outcome is unknown (the
// connection broke after the message was handed over), because only the first may be retried.
//
// The password is a secret: it is never part of Server (which is exported and shown), never
// logged, and never in an error.
package mail

import (
	"fmt"
	netmail "net/mail"
	"regexp"
	"strings"
)

// Security is how the connection to the SMTP server is protected.
type Security string

const (
	// StartTLS connects in plain text and upgrades with STARTTLS before logging in (port 587).
	// The upgrade is mandatory: a server that does not offer it is refused.
	StartTLS Security = "starttls"
	// ImplicitTLS speaks TLS from the first byte (SMTPS, port 465).
	ImplicitTLS Security = "tls"
)

// Label is the security as mail programs name it.
func (s Security) Label() string {
	switch s {
	case StartTLS:
		return "STARTTLS"
	case ImplicitTLS:
		return "SSL/TLS"
	}
	return string(s)
}

// Server is the seller's outgoing mail server, without the password.
type Server struct {
	// Preset is the provider the settings came from ("naver", "gmail", …), for the screen.
	Preset   string   `json:"preset,omitempty"`
	Host     string   `json:"host"`
	Port     int      `json:"port"`
	Security Security `json:"security"`
	// Username is the login (a Naver/Daum ID or the full address, as the provider wants).
	Username string `json:"username"`
	// From is the sender address; FromName the name buyers see (e.g. the store's name).
	From     string `json:"from"`
	FromName string `json:"fromName,omitempty"`
}

// ConfigError says what is wrong with the server settings, in Korean.
type ConfigError struct{ Message string }

func (e *ConfigError) Error() string { return e.Message }

var hostRe = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$`)

// Validate checks the settings; errors are *ConfigError in Korean.
func (s Server) Validate() error {
	switch {
	case strings.TrimSpace(s.Host) == "":
		return &ConfigError{"메일 서버(SMTP) 주소를 입력하세요. 예: smtp.naver.com"}
	case !hostRe.MatchString(s.Host):
		return &ConfigError{fmt.Sprintf("메일 서버 주소 %q의 형식이 올바르지 않습니다. 예: smtp.naver.com", s.Host)}
	case s.Port <= 0 || s.Port > 65535:
		return &ConfigError{"메일 서버 포트를 1~65535 사이로 입력하세요 (보통 465 또는 587)."}
	case s.Security != StartTLS && s.Security != ImplicitTLS:
		return &ConfigError{"보안 연결 방식을 STARTTLS 또는 SSL/TLS 중에서 고르세요. 암호화하지 않는 연결은 쓸 수 없습니다."}
	case strings.TrimSpace(s.Username) == "":
		return &ConfigError{"메일 서버 로그인 아이디를 입력하세요."}
	case strings.ContainsAny(s.FromName, "\r\n"):
		return &ConfigError{"보내는 사람 이름은 한 줄로 입력하세요."}
	}
	a, err := netmail.ParseAddress(strings.TrimSpace(s.From))
	if err != nil || a.Name != "" || a.Address != strings.TrimSpace(s.From) {
		return &ConfigError{fmt.Sprintf("보내는 메일 주소 %q의 형식이 올바르지 않습니다. 예: mystore@naver.com", s.From)}
	}
	return nil
}

// Addr is host:port.
func (s Server) Addr() string { return fmt.Sprintf("%s:%d", s.Host, s.Port) }

// Preset is a common Korean mail provider's SMTP settings and what the seller must do there
// first. Hosts and ports are those the providers' setting pages and many working set-ups use;
// each provider has to be told to allow SMTP, and most want an app password.
type Preset struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Host     string   `json:"host"`
	Port     int      `json:"port"`
	Security Security `json:"security"`
	// UsernameHint says what the login is, in Korean.
	UsernameHint string `json:"usernameHint"`
	// Steps is what to switch on at the provider, in Korean.
	Steps string `json:"steps"`
}

var presets = []Preset{
	{ID: "naver", Label: "네이버 메일", Host: "smtp.naver.com", Port: 465, Security: ImplicitTLS,
		UsernameHint: "네이버 아이디 (@naver.com 앞부분)",
		Steps:        "네이버 메일 > 환경설정 > POP3/IMAP 설정에서 'IMAP/SMTP 사용'을 켜세요. 2단계 인증을 쓰면 네이버 ID > 보안설정 > 2단계 인증 > 애플리케이션 비밀번호를 만들어 비밀번호 칸에 넣으세요. (STARTTLS는 포트 587)"},
	{ID: "gmail", Label: "Gmail", Host: "smtp.gmail.com", Port: 587, Security: StartTLS,
		UsernameHint: "Gmail 주소 전체 (예: mystore@gmail.com)",
		Steps:        "Google 계정에서 2단계 인증을 켠 뒤 '앱 비밀번호'(16자)를 만들어 비밀번호 칸에 넣으세요. 평소 로그인 비밀번호로는 보낼 수 없습니다. (SSL/TLS는 포트 465)"},
	{ID: "daum", Label: "Daum 메일 (한메일)", Host: "smtp.daum.net", Port: 465, Security: ImplicitTLS,
		UsernameHint: "Daum 아이디 (@daum.net / @hanmail.net 앞부분)",
		Steps:        "Daum 메일 > 환경설정 > IMAP/POP3에서 'IMAP/SMTP 사용'을 '사용함'으로 바꾸세요. 2단계 인증을 쓰면 카카오 계정 보안에서 앱 비밀번호를 만들어 넣으세요."},
	{ID: "kakao", Label: "카카오메일", Host: "smtp.kakao.com", Port: 465, Security: ImplicitTLS,
		UsernameHint: "카카오메일 주소 (예: mystore@kakao.com)",
		Steps:        "카카오메일 > 환경설정 > IMAP/POP3에서 'IMAP/SMTP 사용'을 켜고, 카카오 계정 보안에서 앱 비밀번호를 만들어 넣으세요."},
}

// Presets lists the common providers.
func Presets() []Preset { return append([]Preset(nil), presets...) }

// PresetByID finds a provider.
func PresetByID(id string) (Preset, bool) {
	for _, p := range presets {
		if p.ID == id {
			return p, true
		}
	}
	return Preset{}, false
}
