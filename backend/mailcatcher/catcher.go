// Package mailcatcher is an SMTP server that keeps the mails it receives instead of delivering
// them: the demo's mailbox, shown in the app, and the counterpart of the mail tests. It speaks
// real SMTP over TLS (STARTTLS or implicit TLS, with a certificate it makes itself), wants a
// login, and can misbehave on purpose: refuse a recipient, answer "try later", or take a mail
// and drop the connection before saying so.
//
// Like the simulated marketplaces it shares no code with the client side (backend/mail).
package mailcatcher

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"mime"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"strings"
	"sync"
	"time"

	"encoding/base64"
	"encoding/pem"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Security is how clients must connect.
type Security string

const (
	StartTLS    Security = "starttls"
	ImplicitTLS Security = "tls"
)

// Config sets a catcher up. The zero value is a STARTTLS server with user "demo" / "demo".
type Config struct {
	Security Security
	Username string
	Password string
	// MaxMails bounds the mails kept (oldest dropped first; default 1000).
	MaxMails int
	// Now is the clock of received mails (default time.Now).
	Now func() time.Time
}

// Mail is one received mail.
type Mail struct {
	Seq       int       `json:"seq"`
	At        time.Time `json:"at"`
	From      string    `json:"from"`
	To        []string  `json:"to"`
	Subject   string    `json:"subject"`
	Body      string    `json:"body"`
	MessageID string    `json:"messageId"`
	// FromHeader is the From header as the buyer sees it (name and address).
	FromHeader string `json:"fromHeader"`
	// Dropped: the catcher took the mail and then broke the connection without answering.
	Dropped bool `json:"dropped,omitempty"`
}

// Catcher is a running mail catcher.
type Catcher struct {
	cfg   Config
	srv   *smtp.Server
	ln    net.Listener
	roots *x509.CertPool
	der   []byte

	mu         sync.Mutex
	mails      []Mail
	seq        int
	refused    map[string]int // recipient → permanent (550) or temporary (451) code
	dropNext   int
	onData     func(Mail)
	sessions   int
	authFailed int
}

// maxMessageBytes bounds one mail.
const maxMessageBytes = 1 << 20

// Start listens on 127.0.0.1 at a free port and serves until Close.
func Start(cfg Config) (*Catcher, error) {
	if cfg.Security == "" {
		cfg.Security = StartTLS
	}
	if cfg.Username == "" && cfg.Password == "" {
		cfg.Username, cfg.Password = "demo", "demo"
	}
	if cfg.MaxMails <= 0 {
		cfg.MaxMails = 1000
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	cert, roots, err := selfSigned()
	if err != nil {
		return nil, err
	}
	c := &Catcher{cfg: cfg, roots: roots, der: cert.Certificate[0], refused: map[string]int{}}
	tlsConf := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	s := smtp.NewServer(c)
	s.Domain = "mailcatcher.localhost"
	s.MaxMessageBytes = maxMessageBytes
	s.MaxRecipients = 50
	s.ReadTimeout, s.WriteTimeout = 30*time.Second, 30*time.Second
	s.ErrorLog = log.New(io.Discard, "", 0)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("mailcatcher: listen: %w", err)
	}
	switch cfg.Security {
	case ImplicitTLS:
		ln = tls.NewListener(ln, tlsConf)
	case StartTLS:
		s.TLSConfig = tlsConf
	default:
		_ = ln.Close()
		return nil, fmt.Errorf("mailcatcher: unknown security %q", cfg.Security)
	}
	c.srv, c.ln = s, ln
	go func() { _ = s.Serve(ln) }()
	return c, nil
}

// Host is the address to give a client ("127.0.0.1", which the certificate names).
func (c *Catcher) Host() string { return "127.0.0.1" }

// Port is the port the catcher listens on.
func (c *Catcher) Port() int { return c.ln.Addr().(*net.TCPAddr).Port }

// Security is how clients must connect.
func (c *Catcher) Security() Security { return c.cfg.Security }

// Username and Password are the login the catcher accepts.
func (c *Catcher) Username() string { return c.cfg.Username }

// Password is the accepted password.
func (c *Catcher) Password() string { return c.cfg.Password }

// RootCAs trusts the catcher's certificate.
func (c *Catcher) RootCAs() *x509.CertPool { return c.roots }

// CertPEM is the catcher's certificate in PEM, for a client in another process to trust.
func (c *Catcher) CertPEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.der})
}

// Close stops the server.
func (c *Catcher) Close() error { return c.srv.Close() }

// Refuse makes the server answer RCPT TO for addr with code (550: refused for good, 451: try
// later); 0 accepts it again.
func (c *Catcher) Refuse(addr string, code int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if code == 0 {
		delete(c.refused, strings.ToLower(addr))
		return
	}
	c.refused[strings.ToLower(addr)] = code
}

// DropAfterData makes the next n mails be taken (kept) and then the connection closed before
// the server answers: the client cannot know the mail arrived.
func (c *Catcher) DropAfterData(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropNext = n
}

// OnData calls fn with every mail once it is kept, before the server answers (nil: none). A
// test can stop the client's process there.
func (c *Catcher) OnData(fn func(Mail)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.onData = fn
}

// Mails returns the kept mails, oldest first.
func (c *Catcher) Mails() []Mail {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Mail, len(c.mails))
	for i, m := range c.mails {
		m.To = append([]string(nil), m.To...)
		out[i] = m
	}
	return out
}

// MailsTo returns the kept mails to one address.
func (c *Catcher) MailsTo(addr string) []Mail {
	var out []Mail
	for _, m := range c.Mails() {
		for _, to := range m.To {
			if strings.EqualFold(to, addr) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// AuthFailures counts refused logins.
func (c *Catcher) AuthFailures() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.authFailed
}

// NewSession implements smtp.Backend.
func (c *Catcher) NewSession(conn *smtp.Conn) (smtp.Session, error) {
	c.mu.Lock()
	c.sessions++
	c.mu.Unlock()
	return &session{c: c, conn: conn}, nil
}

type session struct {
	c     *Catcher
	conn  *smtp.Conn
	authd bool
	from  string
	to    []string
}

func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *session) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnsupported
	}
	return sasl.NewPlainServer(func(_, username, password string) error {
		if username != s.c.cfg.Username || password != s.c.cfg.Password {
			s.c.mu.Lock()
			s.c.authFailed++
			s.c.mu.Unlock()
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
		}
		s.authd = true
		return nil
	}), nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if !s.authd {
		return smtp.ErrAuthRequired
	}
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if !s.authd {
		return smtp.ErrAuthRequired
	}
	s.c.mu.Lock()
	code := s.c.refused[strings.ToLower(to)]
	s.c.mu.Unlock()
	switch {
	case code >= 500:
		return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user here"}
	case code >= 400:
		return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{4, 2, 1}, Message: "Mailbox busy, try again later"}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	if !s.authd {
		return smtp.ErrAuthRequired
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxMessageBytes+1))
	if err != nil {
		return err
	}
	if len(raw) > maxMessageBytes {
		return smtp.ErrDataTooLarge
	}
	m := parse(raw)
	m.From, m.To = s.from, append([]string(nil), s.to...)
	c := s.c
	c.mu.Lock()
	drop := c.dropNext > 0
	if drop {
		c.dropNext--
	}
	m.Dropped = drop
	c.seq++
	m.Seq, m.At = c.seq, c.cfg.Now()
	c.mails = append(c.mails, m)
	if len(c.mails) > c.cfg.MaxMails {
		c.mails = c.mails[len(c.mails)-c.cfg.MaxMails:]
	}
	hook := c.onData
	c.mu.Unlock()
	if hook != nil {
		hook(m)
	}
	if drop {
		_ = s.conn.Conn().Close()
		return errors.New("connection dropped on purpose")
	}
	return nil
}

func (s *session) Reset() { s.from, s.to = "", nil }

func (s *session) Logout() error { return nil }

// parse reads what a mail program needs to show: the decoded subject and plain-text body.
func parse(raw []byte) Mail {
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return Mail{Body: string(raw)}
	}
	dec := new(mime.WordDecoder)
	m := Mail{MessageID: strings.Trim(msg.Header.Get("Message-ID"), "<> ")}
	if subj, err := dec.DecodeHeader(msg.Header.Get("Subject")); err == nil {
		m.Subject = subj
	} else {
		m.Subject = msg.Header.Get("Subject")
	}
	if from, err := dec.DecodeHeader(msg.Header.Get("From")); err == nil {
		m.FromHeader = from
	}
	body, _ := io.ReadAll(msg.Body)
	switch strings.ToLower(strings.TrimSpace(msg.Header.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		if b, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body))); err == nil {
			body = b
		}
	case "base64":
		if b, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, bytes.NewReader(bytes.ReplaceAll(body, []byte("\r\n"), nil)))); err == nil {
			body = b
		}
	}
	m.Body = strings.ReplaceAll(string(body), "\r\n", "\n")
	return m
}

// selfSigned makes a certificate for 127.0.0.1 and localhost, and a pool that trusts it.
func selfSigned() (tls.Certificate, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("mailcatcher: key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("mailcatcher: serial: %w", err)
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "SellerDesk mail catcher"},
		NotBefore:    now.Add(-time.Hour), NotAfter: now.Add(30 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true, IsCA: true,
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:    []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("mailcatcher: certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("mailcatcher: certificate: %w", err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool, nil
}
