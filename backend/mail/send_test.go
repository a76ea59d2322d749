package mail

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/mailcatcher"
)

const secret = "s3cret-app-password"

func catcher(t *testing.T, sec mailcatcher.Security) *mailcatcher.Catcher {
	t.Helper()
	c, err := mailcatcher.Start(mailcatcher.Config{Security: sec, Username: "store", Password: secret})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func senderFor(t *testing.T, c *mailcatcher.Catcher, password string) *Sender {
	t.Helper()
	sec := StartTLS
	if c.Security() == mailcatcher.ImplicitTLS {
		sec = ImplicitTLS
	}
	s, err := NewSender(Server{Host: c.Host(), Port: c.Port(), Security: sec, Username: "store",
		From: "mystore@example.com", FromName: "달빛 상점"}, password, WithRootCAs(c.RootCAs()), WithTimeout(5*time.Second))
	require.NoError(t, err)
	return s
}

func sendErr(t *testing.T, err error) *SendError {
	t.Helper()
	var se *SendError
	require.True(t, errors.As(err, &se), "want *SendError, got %v", err)
	assert.NotContains(t, se.Error(), secret)
	assert.NotContains(t, se.Korean(), secret)
	return se
}

func TestSendOverTLS(t *testing.T) {
	for _, sec := range []mailcatcher.Security{mailcatcher.StartTLS, mailcatcher.ImplicitTLS} {
		t.Run(string(sec), func(t *testing.T) {
			c := catcher(t, sec)
			s := senderFor(t, c, secret)
			err := s.Send(context.Background(), Message{To: "buyer01@naver.com", Subject: "[주문 123] 전자책 보내 드립니다",
				Body: "김민준님, 감사합니다.\n코드: ABCD-1234\n", MessageID: "digital.naver.123@sellerdesk"})
			require.NoError(t, err)
			mails := c.MailsTo("buyer01@naver.com")
			require.Len(t, mails, 1)
			m := mails[0]
			assert.Equal(t, "[주문 123] 전자책 보내 드립니다", m.Subject)
			assert.Contains(t, m.Body, "코드: ABCD-1234")
			assert.Equal(t, "digital.naver.123@sellerdesk", m.MessageID)
			assert.Equal(t, "mystore@example.com", m.From)
			assert.Contains(t, m.FromHeader, "달빛 상점")
		})
	}
}

func TestSendFailures(t *testing.T) {
	ctx := context.Background()
	msg := Message{To: "gone@naver.com", Subject: "s", Body: "b"}

	t.Run("refused recipient", func(t *testing.T) {
		c := catcher(t, mailcatcher.StartTLS)
		c.Refuse("gone@naver.com", 550)
		se := sendErr(t, senderFor(t, c, secret).Send(ctx, msg))
		assert.Equal(t, NotSent, se.Outcome)
		assert.Equal(t, StageRecipient, se.Stage)
		assert.Equal(t, 550, se.Code)
		assert.False(t, se.Temporary)
		assert.False(t, se.Global())
		assert.Contains(t, se.Korean(), "gone@naver.com")
		assert.Empty(t, c.Mails())
	})
	t.Run("recipient later", func(t *testing.T) {
		c := catcher(t, mailcatcher.StartTLS)
		c.Refuse("gone@naver.com", 451)
		se := sendErr(t, senderFor(t, c, secret).Send(ctx, msg))
		assert.Equal(t, NotSent, se.Outcome)
		assert.True(t, se.Temporary)
	})
	t.Run("dropped after data", func(t *testing.T) {
		c := catcher(t, mailcatcher.ImplicitTLS)
		c.DropAfterData(1)
		se := sendErr(t, senderFor(t, c, secret).Send(ctx, msg))
		assert.Equal(t, Unknown, se.Outcome, "the mail was handed over: its fate is unknown")
		assert.Equal(t, StageAfterData, se.Stage)
		assert.Len(t, c.Mails(), 1, "the catcher did keep it")
		assert.Contains(t, se.Korean(), "알 수 없습니다")
	})
	t.Run("wrong password", func(t *testing.T) {
		c := catcher(t, mailcatcher.StartTLS)
		se := sendErr(t, senderFor(t, c, "wrong-"+secret).Send(ctx, msg))
		assert.Equal(t, NotSent, se.Outcome)
		assert.Equal(t, StageAuth, se.Stage)
		assert.True(t, se.Global())
		assert.NotContains(t, se.Error(), "wrong-"+secret)
		assert.Equal(t, 1, c.AuthFailures())
	})
	t.Run("untrusted certificate", func(t *testing.T) {
		c := catcher(t, mailcatcher.ImplicitTLS)
		s, err := NewSender(Server{Host: c.Host(), Port: c.Port(), Security: ImplicitTLS, Username: "store", From: "a@example.com"},
			secret, WithTimeout(5*time.Second))
		require.NoError(t, err)
		se := sendErr(t, s.Send(ctx, msg))
		assert.Equal(t, StageTLS, se.Stage)
		assert.Empty(t, c.Mails())
	})
	t.Run("starttls against a tls port", func(t *testing.T) {
		c := catcher(t, mailcatcher.ImplicitTLS)
		s, err := NewSender(Server{Host: c.Host(), Port: c.Port(), Security: StartTLS, Username: "store", From: "a@example.com"},
			secret, WithRootCAs(c.RootCAs()), WithTimeout(2*time.Second))
		require.NoError(t, err)
		se := sendErr(t, s.Send(ctx, msg))
		assert.Equal(t, NotSent, se.Outcome)
		assert.True(t, se.Global())
	})
	t.Run("nobody listening", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		port := ln.Addr().(*net.TCPAddr).Port
		require.NoError(t, ln.Close())
		s, err := NewSender(Server{Host: "127.0.0.1", Port: port, Security: ImplicitTLS, Username: "store", From: "a@example.com"}, secret)
		require.NoError(t, err)
		se := sendErr(t, s.Send(ctx, msg))
		assert.Equal(t, StageConnect, se.Stage)
		assert.Equal(t, NotSent, se.Outcome)
	})
}

func TestServerValidate(t *testing.T) {
	good := Server{Host: "smtp.naver.com", Port: 465, Security: ImplicitTLS, Username: "mystore", From: "mystore@naver.com"}
	require.NoError(t, good.Validate())
	for name, mut := range map[string]func(*Server){
		"no host":    func(s *Server) { s.Host = "" },
		"bad host":   func(s *Server) { s.Host = "smtp naver.com" },
		"port":       func(s *Server) { s.Port = 0 },
		"plain":      func(s *Server) { s.Security = "none" },
		"no user":    func(s *Server) { s.Username = " " },
		"bad from":   func(s *Server) { s.From = "가게 <mystore@naver.com>" },
		"name lines": func(s *Server) { s.FromName = "가게\r\nBcc: x@y.z" },
	} {
		t.Run(name, func(t *testing.T) {
			s := good
			mut(&s)
			err := s.Validate()
			var ce *ConfigError
			require.True(t, errors.As(err, &ce), "%v", err)
			assert.NotEmpty(t, ce.Message)
		})
	}
	_, err := NewSender(good, "")
	assert.Error(t, err, "a sender needs its password")
	s, err := NewSender(good, secret)
	require.NoError(t, err)
	assert.NotContains(t, s.String(), secret)
}

func TestPresets(t *testing.T) {
	ids := map[string]bool{}
	for _, p := range Presets() {
		ids[p.ID] = true
		s := Server{Preset: p.ID, Host: p.Host, Port: p.Port, Security: p.Security, Username: "mystore", From: "mystore@example.com"}
		assert.NoError(t, s.Validate(), p.ID)
		assert.True(t, strings.HasPrefix(p.Host, "smtp."), p.ID)
		assert.NotEmpty(t, p.Steps)
	}
	for _, id := range []string{"naver", "gmail", "daum", "kakao"} {
		assert.True(t, ids[id], id)
	}
	p, ok := PresetByID("gmail")
	require.True(t, ok)
	assert.Equal(t, 587, p.Port)
	assert.Equal(t, StartTLS, p.Security)
}
