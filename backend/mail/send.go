package mail

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Message is one mail to one buyer, in plain text.
type Message struct {
	To      string
	Subject string
	Body    string
	// MessageID is the mail's Message-ID without brackets (a resend keeps it, so a mailbox that
	// already has the first copy can tell). Empty makes one up.
	MessageID string
	Date      time.Time
}

// Outcome is what a failed send means for the mail.
type Outcome int

const (
	// NotSent: the server surely did not take the mail (refused before the end of the data,
	// or never reached). Trying again cannot make a second copy.
	NotSent Outcome = iota + 1
	// Unknown: the whole mail was handed over but the server's answer never came (the
	// connection broke, a timeout). The buyer may have it: it must not be sent again without
	// the seller deciding.
	Unknown
)

// Stage is where in the conversation a send failed.
type Stage string

const (
	StageConfig    Stage = "config"    // the settings or the message are unusable
	StageConnect   Stage = "connect"   // no connection to the server
	StageTLS       Stage = "tls"       // no secure connection
	StageAuth      Stage = "auth"      // login refused
	StageSender    Stage = "sender"    // MAIL FROM refused
	StageRecipient Stage = "recipient" // RCPT TO refused
	StageData      Stage = "data"      // DATA refused, or the data broke off before its end
	StageAfterData Stage = "after-data"
)

// SendError is a send that did not succeed. It never carries the password.
type SendError struct {
	Outcome Outcome
	Stage   Stage
	// Code is the SMTP reply code when the server answered (550, 421, …), else 0.
	Code int
	// Temporary: the server said to try later (4xx), or the network failed.
	Temporary bool
	To        string
	Err       error
}

func (e *SendError) Error() string {
	return fmt.Sprintf("mail: send to %s failed at %s (code %d, outcome %s): %v", e.To, e.Stage, e.Code, e.outcome(), e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

func (e *SendError) outcome() string {
	if e.Outcome == Unknown {
		return "unknown"
	}
	return "not sent"
}

// Global reports whether the failure is the server's or the settings', not this mail's: the
// next mails would fail the same way, so a run should stop instead of trying each.
func (e *SendError) Global() bool {
	switch e.Stage {
	case StageConnect, StageTLS, StageAuth, StageSender, StageConfig:
		return true
	}
	return false
}

// Korean explains the failure to the seller and says what to do.
func (e *SendError) Korean() string {
	switch e.Stage {
	case StageConfig:
		return "메일을 만들 수 없습니다. 보내는 주소와 받는 주소를 확인하세요."
	case StageConnect:
		return "메일 서버에 연결하지 못했습니다. 서버 주소와 포트, 인터넷 연결을 확인하세요."
	case StageTLS:
		return "메일 서버와 보안 연결(TLS)을 맺지 못했습니다. 보안 방식(SSL/TLS는 보통 465, STARTTLS는 587)과 포트가 맞는지 확인하세요."
	case StageAuth:
		return "메일 서버가 로그인을 거부했습니다. 아이디와 비밀번호를 확인하세요. 네이버·Gmail·Daum·카카오는 메일 설정에서 SMTP 사용을 켜고, 2단계 인증을 쓰면 앱 비밀번호를 넣어야 합니다."
	case StageSender:
		return fmt.Sprintf("메일 서버가 보내는 주소를 거부했습니다%s. 로그인한 계정의 메일 주소를 보내는 주소로 쓰세요.", codeText(e.Code))
	case StageRecipient:
		if e.Temporary {
			return fmt.Sprintf("받는 주소 %s를 메일 서버가 지금은 받지 않습니다%s. 잠시 뒤 자동으로 다시 보냅니다.", e.To, codeText(e.Code))
		}
		return fmt.Sprintf("받는 주소 %s를 메일 서버가 거부했습니다%s. 주소가 맞는지 확인하고, 구매자에게 받은 주소를 직접 입력하세요.", e.To, codeText(e.Code))
	case StageData:
		if e.Temporary {
			return fmt.Sprintf("메일 서버가 메일을 지금은 받지 않습니다%s. 잠시 뒤 자동으로 다시 보냅니다.", codeText(e.Code))
		}
		return fmt.Sprintf("메일 서버가 이 메일을 거부했습니다%s. 메일 내용(링크, 제목)이 스팸으로 보였을 수 있습니다.", codeText(e.Code))
	}
	return "메일을 보내는 중 연결이 끊겨 구매자가 메일을 받았는지 알 수 없습니다. 두 번 보내지 않도록 자동으로 다시 보내지 않습니다. 구매자에게 확인한 뒤 '다시 보내기' 또는 '보냄으로 표시'를 고르세요."
}

func codeText(code int) string {
	if code == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d)", code)
}

// Option tunes a Sender.
type Option func(*Sender)

// WithRootCAs trusts these certificate authorities instead of the system's (the demo's and the
// tests' mail catcher has its own).
func WithRootCAs(pool *x509.CertPool) Option { return func(s *Sender) { s.roots = pool } }

// WithTimeout bounds each network step of a send (default 30 s).
func WithTimeout(d time.Duration) Option { return func(s *Sender) { s.timeout = d } }

// WithHELO sets the name the client gives itself (default the from-address's domain).
func WithHELO(name string) Option { return func(s *Sender) { s.helo = name } }

// Sender sends mails through one server.
type Sender struct {
	server   Server
	password string
	roots    *x509.CertPool
	timeout  time.Duration
	helo     string
}

// NewSender checks the settings and makes a sender. The password is kept only in memory.
func NewSender(server Server, password string, opts ...Option) (*Sender, error) {
	if err := server.Validate(); err != nil {
		return nil, err
	}
	if password == "" {
		return nil, &ConfigError{"메일 서버 비밀번호(앱 비밀번호)를 입력하세요."}
	}
	s := &Sender{server: server, password: password, timeout: 30 * time.Second}
	for _, o := range opts {
		o(s)
	}
	if s.helo == "" {
		s.helo = server.From[strings.LastIndex(server.From, "@")+1:]
	}
	return s, nil
}

// Server is the sender's server settings (without the password).
func (s *Sender) Server() Server { return s.server }

// String never shows the password.
func (s *Sender) String() string { return "mail.Sender{" + s.server.Addr() + "}" }

func (s *Sender) client() (*gomail.Client, error) {
	tlsConf := &tls.Config{ServerName: s.server.Host, MinVersion: tls.VersionTLS12, RootCAs: s.roots}
	opts := []gomail.Option{
		gomail.WithPort(s.server.Port),
		gomail.WithTLSConfig(tlsConf),
		gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
		gomail.WithUsername(s.server.Username),
		gomail.WithPassword(s.password),
		gomail.WithTimeout(s.timeout),
		gomail.WithHELO(s.helo),
	}
	if s.server.Security == ImplicitTLS {
		opts = append(opts, gomail.WithSSL())
	} else {
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	return gomail.NewClient(s.server.Host, opts...)
}

func (s *Sender) message(m Message) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	var err error
	if s.server.FromName != "" {
		err = msg.FromFormat(s.server.FromName, s.server.From)
	} else {
		err = msg.From(s.server.From)
	}
	if err != nil {
		return nil, fmt.Errorf("from address: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return nil, fmt.Errorf("to address: %w", err)
	}
	msg.Subject(m.Subject)
	if m.MessageID != "" {
		msg.SetMessageIDWithValue(m.MessageID)
	} else {
		msg.SetMessageID()
	}
	if m.Date.IsZero() {
		msg.SetDate()
	} else {
		msg.SetDateWithValue(m.Date)
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Body)
	return msg, nil
}

// Send sends one mail. A failure is a *SendError whose Outcome says whether the mail may have
// arrived after all.
func (s *Sender) Send(ctx context.Context, m Message) error {
	msg, err := s.message(m)
	if err != nil {
		return &SendError{Outcome: NotSent, Stage: StageConfig, To: m.To, Err: err}
	}
	c, err := s.client()
	if err != nil {
		return &SendError{Outcome: NotSent, Stage: StageConfig, To: m.To, Err: err}
	}
	sc, err := c.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return &SendError{Outcome: NotSent, Stage: dialStage(err), Code: replyCode(err), Temporary: true, To: m.To, Err: err}
	}
	sendErr := c.SendWithSMTPClient(sc, msg)
	_ = c.CloseWithSMTPClient(sc) // the mail's fate is decided; QUIT may fail harmlessly
	if msg.IsDelivered() {
		return nil // accepted; only the RSET/QUIT that followed can have failed
	}
	if sendErr == nil {
		return &SendError{Outcome: Unknown, Stage: StageAfterData, To: m.To, Err: errors.New("the server neither accepted nor refused the mail")}
	}
	return classify(sendErr, m.To)
}

// classify maps a failure after the connection was made.
func classify(err error, to string) *SendError {
	var se *gomail.SendError
	if !errors.As(err, &se) {
		return &SendError{Outcome: Unknown, Stage: StageAfterData, To: to, Err: err}
	}
	e := &SendError{Outcome: NotSent, Code: se.ErrorCode(), Temporary: se.IsTemp(), To: to, Err: err}
	if e.Code >= 400 && e.Code < 500 {
		e.Temporary = true
	}
	switch se.Reason {
	case gomail.ErrGetSender, gomail.ErrGetRcpts, gomail.ErrNoUnencoded:
		e.Stage = StageConfig
	case gomail.ErrSMTPMailFrom:
		e.Stage = StageSender
	case gomail.ErrSMTPRcptTo:
		e.Stage = StageRecipient
	case gomail.ErrSMTPData, gomail.ErrWriteContent, gomail.ErrConnCheck:
		// the end-of-data mark is written only when the data is closed: before that the
		// server cannot take the mail
		e.Stage = StageData
	case gomail.ErrSMTPDataClose:
		if e.Code >= 400 {
			e.Stage = StageData // the server answered the data with a refusal
			break
		}
		e.Outcome, e.Stage = Unknown, StageAfterData
	default:
		e.Outcome, e.Stage = Unknown, StageAfterData
	}
	return e
}

// dialStage tells a connection failure from a TLS or a login failure.
func dialStage(err error) Stage {
	var (
		rhe  tls.RecordHeaderError
		uae  x509.UnknownAuthorityError
		hne  x509.HostnameError
		cie  x509.CertificateInvalidError
		ave  *tls.CertificateVerificationError
		alrt tls.AlertError
		tpe  *textproto.Error
		ope  *net.OpError
	)
	switch {
	case errors.As(err, &rhe), errors.As(err, &uae), errors.As(err, &hne), errors.As(err, &cie),
		errors.As(err, &ave), errors.As(err, &alrt):
		return StageTLS
	case errors.Is(err, gomail.ErrPlainAuthNotSupported), errors.Is(err, gomail.ErrLoginAuthNotSupported),
		errors.Is(err, gomail.ErrNoSupportedAuthDiscovered):
		return StageAuth
	case errors.As(err, &tpe):
		if tpe.Code == 530 || tpe.Code == 534 || tpe.Code == 535 || tpe.Code == 538 || tpe.Code == 454 {
			return StageAuth
		}
		return StageConnect
	case errors.As(err, &ope):
		return StageConnect
	}
	low := strings.ToLower(err.Error())
	switch {
	case strings.Contains(low, "tls"), strings.Contains(low, "certificate"):
		return StageTLS
	case strings.Contains(low, "auth"):
		return StageAuth
	}
	return StageConnect
}

func replyCode(err error) int {
	var tpe *textproto.Error
	if errors.As(err, &tpe) {
		return tpe.Code
	}
	return 0
}

// TestMessage is the mail of the settings screen's test-send button.
func TestMessage(to string, now time.Time) Message {
	return Message{To: to, Date: now,
		Subject: "[셀러데스크] 메일 발송 테스트",
		Body: "셀러데스크에서 보낸 테스트 메일입니다.\n\n이 메일이 보이면 메일 서버 설정이 맞습니다. " +
			"디지털 상품 메일은 이 주소에서 구매자에게 보내집니다.\n"}
}
