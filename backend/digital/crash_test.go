package digital

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/mail"
	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

// Environment of the crash helper process.
const (
	envHelper    = "DIGITAL_CRASH_HELPER"
	envDir       = "DIGITAL_CRASH_DIR"
	envSettings  = "DIGITAL_CRASH_SETTINGS" // JSON Settings
	envCert      = "DIGITAL_CRASH_CERT"     // PEM file of the mail server's certificate
	envKillStep  = "DIGITAL_CRASH_STEP"     // kill -9 at this runner step…
	envKillCount = "DIGITAL_CRASH_COUNT"    // …the n-th time it is reached
)

// TestCrashHelper is the process the crash test kills: one delivery run over the store at
// DIGITAL_CRASH_DIR. It does nothing in a normal test run.
func TestCrashHelper(t *testing.T) {
	if os.Getenv(envHelper) != "1" {
		t.Skip("helper process of TestKillNineAtEveryStepMailsEachOrderAtMostOnce")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, os.Getenv(envDir), store.Options{LockTimeout: 5 * time.Second})
	require.NoError(t, err)
	var set Settings
	require.NoError(t, json.Unmarshal([]byte(os.Getenv(envSettings)), &set))
	pemData, err := os.ReadFile(os.Getenv(envCert))
	require.NoError(t, err)
	roots := x509.NewCertPool()
	require.True(t, roots.AppendCertsFromPEM(pemData))
	killStep := os.Getenv(envKillStep)
	killAt, _ := strconv.Atoi(os.Getenv(envKillCount))
	var seen atomic.Int32
	r, err := NewRunner(RunnerConfig{Store: st, Market: &fakeMarket{},
		Settings: func(context.Context) (Settings, error) { return set, nil },
		Mailer: func(_ context.Context, s Settings) (Mailer, error) {
			return mail.NewSender(s.SMTP, "app-pass", mail.WithRootCAs(roots), mail.WithTimeout(5*time.Second))
		},
		Step: func(step, key string) {
			if step == killStep && int(seen.Add(1)) == killAt {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				time.Sleep(time.Second)
			}
		}})
	require.NoError(t, err)
	keys := []string{}
	for _, id := range crashOrders {
		keys = append(keys, order.ShipmentKey(order.Naver, id.id))
	}
	_, err = r.Run(ctx, keys)
	require.NoError(t, err)
	require.NoError(t, st.Close())
}

var crashOrders = []struct {
	id, buyer, product string
	qty                int
}{
	{"3000000001", "crash_one", "9000001", 1},
	{"3000000002", "crash_two", "9000001", 2},
	{"3000000003", "crash_three", "1234", 1},
	{"3000000004", "crash_four", "9000001", 1},
}

// TestKillNineAtEveryStepMailsEachOrderAtMostOnce kills the delivering process with SIGKILL at
// every durable step of a delivery — after the plan (codes bound), after "sending" is stored,
// while the mail server holds the mail before answering, after the server accepted it, after
// the outcome is stored, after the marketplace step — then lets clean runs finish. No order
// ever gets two mails, no code goes to two orders, an interrupted send is left unknown for the
// seller, and every other order is mailed exactly once.
func TestKillNineAtEveryStepMailsEachOrderAtMostOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts helper processes")
	}
	points := []struct {
		step  string
		count int
	}{
		{StepPlanned, 1}, {StepPlanned, 3}, {StepSending, 1}, {StepSending, 2}, {"in-data", 2},
		{StepSent, 1}, {StepSent, 3}, {StepFinished, 2}, {StepMarket, 1},
	}
	for _, p := range points {
		t.Run(fmt.Sprintf("%s#%d", p.step, p.count), func(t *testing.T) {
			crashScenario(t, p.step, p.count)
		})
	}
}

func crashScenario(t *testing.T, step string, count int) {
	c, err := mailcatcher.Start(mailcatcher.Config{Security: mailcatcher.ImplicitTLS, Username: "shop", Password: "app-pass"})
	require.NoError(t, err)
	defer c.Close()
	dir := t.TempDir()
	cert := filepath.Join(dir, "cert.pem")
	require.NoError(t, os.WriteFile(cert, c.CertPEM(), 0o600))
	set := testSettings(c)
	setJSON, err := json.Marshal(set)
	require.NoError(t, err)

	// the orders and the codes, stored before any helper runs
	func() {
		st, err := store.Open(context.Background(), dir, store.Options{})
		require.NoError(t, err)
		defer st.Close()
		r := &rig{t: t, st: st, clock: testclock.New(time.Now())}
		r.codes(10)
		for _, o := range crashOrders {
			r.naverOrder(o.id, o.buyer, o.product, "", o.qty, "NOTHING")
		}
	}()

	helper := func(killStep string, killCount int) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), envHelper+"=1", envDir+"="+dir, envSettings+"="+string(setJSON), envCert+"="+cert,
			envKillStep+"="+killStep, envKillCount+"="+strconv.Itoa(killCount))
		return cmd
	}
	cmd := helper(step, count)
	if step == "in-data" {
		// the server holds the count-th mail, the client dies, then the server answers nobody
		cmd = helper("", 0)
		var (
			n    atomic.Int32
			proc atomic.Pointer[os.Process]
		)
		c.OnData(func(mailcatcher.Mail) {
			if int(n.Add(1)) == count {
				if p := proc.Load(); p != nil {
					_ = p.Kill()
				}
				time.Sleep(200 * time.Millisecond)
			}
		})
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		require.NoError(t, cmd.Start())
		proc.Store(cmd.Process)
		require.Error(t, cmd.Wait(), "the helper was meant to die: %s", out.String())
	} else {
		out, err := cmd.CombinedOutput()
		require.Error(t, err, "the helper was meant to die: %s", out)
	}
	c.OnData(nil)
	for i := 0; i < 2; i++ {
		out, err := helper("", 0).CombinedOutput()
		require.NoError(t, err, "clean run: %s", out)
	}

	st, err := store.Open(context.Background(), dir, store.Options{})
	require.NoError(t, err)
	defer st.Close()
	given := map[string]string{}
	unknown := 0
	for _, o := range crashOrders {
		key := order.ShipmentKey(order.Naver, o.id)
		d, ok, err := st.Delivery(context.Background(), key)
		require.NoError(t, err)
		require.True(t, ok, key)
		mails := c.MailsTo(o.buyer + "@naver.com")
		assert.LessOrEqual(t, len(mails), 1, "%s got %d mails", key, len(mails))
		switch d.State {
		case store.DeliverySent:
			assert.Len(t, mails, 1, key)
			assert.Equal(t, "done", d.MarketState, key)
		case store.DeliveryUnknown:
			unknown++
			assert.Contains(t, d.Note, "알 수 없습니다")
		default:
			t.Errorf("%s ended %s", key, d.State)
		}
		for _, code := range d.Codes {
			assert.Empty(t, given[code], "code %s bound to %s and %s", code, given[code], key)
			given[code] = key
		}
		if len(mails) == 1 {
			for _, code := range d.Codes {
				assert.Contains(t, mails[0].Body, code)
			}
		}
	}
	switch step {
	case StepSending, "in-data", StepSent:
		assert.Equal(t, 1, unknown, "the interrupted send is left to the seller")
	default:
		assert.Zero(t, unknown, "nothing was interrupted between sending and sent")
	}
}
