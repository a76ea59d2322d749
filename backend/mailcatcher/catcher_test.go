package mailcatcher

import (
	"crypto/tls"
	"net/smtp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCatcherWantsTLSAndLogin(t *testing.T) {
	c, err := Start(Config{Username: "u", Password: "p"})
	require.NoError(t, err)
	defer c.Close()
	cl, err := smtp.Dial(c.ln.Addr().String())
	require.NoError(t, err)
	defer cl.Close()
	ok, _ := cl.Extension("STARTTLS")
	require.True(t, ok)
	require.NoError(t, cl.StartTLS(&tls.Config{ServerName: "127.0.0.1", RootCAs: c.RootCAs()}))
	assert.Error(t, cl.Mail("a@example.com"), "no mail without a login")
	require.NoError(t, cl.Auth(smtp.PlainAuth("", "u", "p", "127.0.0.1")))
	require.NoError(t, cl.Mail("a@example.com"))
	require.NoError(t, cl.Rcpt("b@example.com"))
	w, err := cl.Data()
	require.NoError(t, err)
	_, err = w.Write([]byte("Subject: =?UTF-8?B?7ZWc6riA?=\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=ED=95=9C=EA=B8=80 body\r\n"))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	mails := c.MailsTo("b@example.com")
	require.Len(t, mails, 1)
	assert.Equal(t, "한글", mails[0].Subject)
	assert.Equal(t, "한글 body\n", mails[0].Body)
}
