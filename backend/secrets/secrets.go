// Package secrets keeps SellerDesk's secrets — the marketplaces' API keys, the SMTP password of
// the digital-goods mail — out of the data file: in the OS credential store where there is one
// (Windows Credential Manager, the macOS Keychain, the Secret Service on Linux, through
// github.com/zalando/go-keyring), else in a 0600 file of the data folder (FileName). Either way
// the data file holds none, so its backups hold none.
//
// The file also remembers that the OS store was used: when it cannot be opened at a later start
// (a locked login keyring, a session without one), the saved keys are reported missing from the
// OS store, not silently gone, and keys typed again wait in the file until the OS store is back.
package secrets

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/zalando/go-keyring"

	"sellerdesk/backend/privatefile"
	"sellerdesk/backend/store"
)

// Name is one secret SellerDesk keeps.
type Name string

// The secrets SellerDesk keeps.
const (
	NaverClientSecret Name = "naver.clientSecret"
	CoupangAccessKey  Name = "coupang.accessKey"
	CoupangSecretKey  Name = "coupang.secretKey"
	SMTPPassword      Name = "digital.smtpPassword"
)

// Store is where the secrets are: the app's Vault (and a test's map). Both the settings of the
// marketplaces' keys (app) and the digital-goods mail (backend/digital) keep theirs through it.
type Store interface {
	// Get returns the saved secret, "" when none is saved.
	Get(ctx context.Context, name Name) (string, error)
	// Set saves value; "" deletes the secret.
	Set(ctx context.Context, name Name, value string) error
}

// Keyring is an OS credential store, as go-keyring's functions see it (OS); tests give a fake.
type Keyring interface {
	Get(service, user string) (string, error)
	Set(service, user, password string) error
	Delete(service, user string) error
}

// OS is the OS credential store of this PC through go-keyring.
type OS struct{}

// Get implements Keyring.
func (OS) Get(service, user string) (string, error) { return keyring.Get(service, user) }

// Set implements Keyring.
func (OS) Set(service, user, password string) error { return keyring.Set(service, user, password) }

// Delete implements Keyring.
func (OS) Delete(service, user string) error { return keyring.Delete(service, user) }

// ErrNotFound is what a Keyring answers for a secret it does not hold.
var ErrNotFound = keyring.ErrNotFound

// ErrKeyringUnavailable: the secrets were put in the OS credential store, which cannot be opened
// now.
var ErrKeyringUnavailable = errors.New("secrets: the OS credential store that holds the keys cannot be opened")

// errDamaged: the keys file is not one SellerDesk wrote (cut off, overwritten).
var errDamaged = errors.New("secrets: not a SellerDesk keys file")

const (
	// FileName is the fallback file in the data folder (0600).
	FileName = "sellerdesk-keys.json"
	// Service is the name SellerDesk's entries carry in the OS credential store.
	Service = "SellerDesk"
	// callTimeout bounds one call to the OS credential store (a prompt nobody answers, a D-Bus
	// that does not reply).
	callTimeout = 20 * time.Second
	fileFormat  = "sellerdesk.keys"
)

// file is the fallback file's content.
type file struct {
	Format string `json:"format"`
	// Keyring: the OS credential store holds the secrets (they were moved there at some start).
	Keyring bool `json:"keyring"`
	// Secrets are the secrets kept in the file; with Keyring, the ones saved while the OS store
	// could not be opened ("" deletes the OS store's entry when it is back).
	Secrets map[Name]string `json:"secrets,omitempty"`
}

// Where says where the secrets are, for the settings screen.
type Where struct {
	// Keyring: in the OS credential store named Store (in Korean).
	Keyring bool
	Store   string
	// Lost: they were put in the OS store, which cannot be opened now.
	Lost bool
	// File is the fallback file's path.
	File string
	// SetAside is where a damaged keys file was put at this start ("" when none).
	SetAside string
}

// Vault is the Store of one data folder.
type Vault struct {
	path    string
	user    string // the data folder, in the OS store's account names
	kr      Keyring
	log     *slog.Logger
	mu      sync.Mutex
	file    file
	cache   map[Name]string
	useOS   bool
	lostOSS bool
	aside   string
}

// Open opens the secrets of the data folder dir: in the OS credential store kr when it answers
// (nil: never), moving what the fallback file holds into it; else in the fallback file.
func Open(ctx context.Context, dir string, kr Keyring, log *slog.Logger) (*Vault, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("secrets: data folder %q: %w", dir, err)
	}
	v := &Vault{path: filepath.Join(abs, FileName), user: abs, kr: kr, log: log, cache: map[Name]string{}}
	if err := v.read(); err != nil && !errors.Is(err, errDamaged) {
		return nil, err // unreadable (permissions): never set aside keys that may be fine
	} else if err != nil {
		// A damaged keys file must not lock the seller out: it is set aside, the keys are typed
		// again.
		aside := v.path + ".damaged"
		if rerr := os.Rename(v.path, aside); rerr != nil {
			return nil, fmt.Errorf("%w (and it cannot be set aside: %v)", err, rerr)
		}
		log.Error("keys file damaged; set aside, the keys must be typed again", "err", err, "aside", aside)
		v.file, v.aside = file{}, aside
	}
	if kr == nil {
		v.lostOSS = v.file.Keyring
		return v, nil
	}
	if _, err := v.call(ctx, func() (string, error) { return kr.Get(Service, "probe ("+abs+")") }); err != nil && !errors.Is(err, ErrNotFound) {
		log.Warn("OS credential store not available; API keys stay in the data folder's keys file", "err", err)
		v.lostOSS = v.file.Keyring
		return v, nil
	}
	if err := v.moveToKeyring(ctx); err != nil {
		log.Error("keys not moved into the OS credential store; they stay in the keys file", "err", err)
		v.lostOSS = v.file.Keyring
		return v, nil
	}
	v.useOS = true
	return v, nil
}

func (v *Vault) read() error {
	b, err := os.ReadFile(v.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("secrets: read %s: %w", v.path, err)
	}
	if err := json.Unmarshal(b, &v.file); err != nil || v.file.Format != fileFormat {
		return fmt.Errorf("%w: %s: %v", errDamaged, v.path, err)
	}
	return nil
}

func (v *Vault) write() error {
	v.file.Format = fileFormat
	b, err := json.MarshalIndent(v.file, "", "  ")
	if err != nil {
		return fmt.Errorf("secrets: encode the keys file: %w", err)
	}
	if err := privatefile.WriteBytes(v.path, append(b, '\n')); err != nil {
		return fmt.Errorf("secrets: write the keys file: %w", err) // no detail of the content
	}
	return nil
}

// moveToKeyring puts what the file holds into the OS store and leaves the file with the mark
// only. A crash midway repeats the move at the next start.
func (v *Vault) moveToKeyring(ctx context.Context) error {
	if len(v.file.Secrets) == 0 && v.file.Keyring {
		return nil
	}
	for _, name := range sortedNames(v.file.Secrets) {
		if err := v.osSet(ctx, name, v.file.Secrets[name]); err != nil {
			return err
		}
	}
	if n := len(v.file.Secrets); n > 0 {
		v.log.Info("keys moved from the keys file into the OS credential store", "count", n)
	}
	v.file.Keyring, v.file.Secrets = true, nil
	if _, err := os.Stat(v.path); errors.Is(err, os.ErrNotExist) {
		return nil // nothing saved yet: the mark is written with the first secret
	}
	return v.write()
}

func sortedNames(m map[Name]string) []Name {
	out := make([]Name, 0, len(m))
	for _, n := range []Name{NaverClientSecret, CoupangAccessKey, CoupangSecretKey, SMTPPassword} {
		if _, ok := m[n]; ok {
			out = append(out, n)
		}
	}
	for n := range maps.Keys(m) {
		switch n {
		case NaverClientSecret, CoupangAccessKey, CoupangSecretKey, SMTPPassword:
		default:
			out = append(out, n)
		}
	}
	return out
}

// call runs one OS store call within callTimeout (go-keyring takes no context).
func (v *Vault) call(ctx context.Context, f func() (string, error)) (string, error) {
	type answer struct {
		s   string
		err error
	}
	ch := make(chan answer, 1)
	go func() {
		s, err := f()
		ch <- answer{s, err}
	}()
	t := time.NewTimer(callTimeout)
	defer t.Stop()
	select {
	case a := <-ch:
		return a.s, a.err
	case <-t.C:
		return "", errors.New("secrets: the OS credential store did not answer")
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func (v *Vault) account(name Name) string { return string(name) + " (" + v.user + ")" }

func (v *Vault) osSet(ctx context.Context, name Name, value string) error {
	_, err := v.call(ctx, func() (string, error) {
		if value == "" {
			if err := v.kr.Delete(Service, v.account(name)); err != nil && !errors.Is(err, ErrNotFound) {
				return "", err
			}
			return "", nil
		}
		return "", v.kr.Set(Service, v.account(name), value)
	})
	if err != nil {
		// go-keyring's errors name the service and account, never the secret.
		return fmt.Errorf("secrets: save %s in the OS credential store: %w", name, err)
	}
	return nil
}

// Get implements Store.
func (v *Vault) Get(ctx context.Context, name Name) (string, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if s, ok := v.cache[name]; ok {
		return s, nil
	}
	if !v.useOS {
		s, ok := v.file.Secrets[name]
		if !ok && v.lostOSS {
			return "", ErrKeyringUnavailable
		}
		return s, nil
	}
	s, err := v.call(ctx, func() (string, error) { return v.kr.Get(Service, v.account(name)) })
	if errors.Is(err, ErrNotFound) {
		s, err = "", nil
	}
	if err != nil {
		return "", fmt.Errorf("secrets: read %s from the OS credential store: %w", name, err)
	}
	v.cache[name] = s
	return s, nil
}

// Set implements Store.
func (v *Vault) Set(ctx context.Context, name Name, value string) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if cur, ok := v.cache[name]; ok && cur == value {
		return nil
	}
	if v.useOS {
		if err := v.osSet(ctx, name, value); err != nil {
			return err
		}
		if !v.file.Keyring {
			v.file.Keyring = true
		}
		if _, err := os.Stat(v.path); errors.Is(err, os.ErrNotExist) {
			// the mark that the OS store holds the keys, for a start where it cannot be opened
			if err := v.write(); err != nil {
				return err
			}
		}
		v.cache[name] = value
		return nil
	}
	next := maps.Clone(v.file.Secrets)
	if next == nil {
		next = map[Name]string{}
	}
	if value == "" && !v.lostOSS {
		delete(next, name)
	} else {
		next[name] = value // with lostOSS, "" deletes the OS store's entry once it is back
	}
	prev := v.file.Secrets
	v.file.Secrets = next
	if err := v.write(); err != nil {
		v.file.Secrets = prev
		return err
	}
	v.cache[name] = value
	return nil
}

// Where says where the secrets are.
func (v *Vault) Where() Where {
	v.mu.Lock()
	defer v.mu.Unlock()
	return Where{Keyring: v.useOS, Store: StoreName(), Lost: v.lostOSS, File: v.path, SetAside: v.aside}
}

// StoreName is the Korean name of this OS's credential store.
func StoreName() string {
	switch runtime.GOOS {
	case "windows":
		return "Windows 자격 증명 관리자"
	case "darwin":
		return "macOS 키체인"
	}
	return "Secret Service(GNOME 키링·KWallet)"
}

// Fields names where a caller keeps each secret (the fields of a settings struct).
type Fields map[Name]*string

func (f Fields) names() []Name {
	m := make(map[Name]string, len(f))
	for n := range f {
		m[n] = ""
	}
	return sortedNames(m)
}

// Fill sets every empty field to its saved secret. A field that already holds a value keeps it
// (a secret not yet moved out of the data file). A secret kept in an OS store that cannot be
// opened now stays empty: Where says so.
func (v *Vault) Fill(ctx context.Context, f Fields) error {
	for _, name := range f.names() {
		if *f[name] != "" {
			continue
		}
		s, err := v.Get(ctx, name)
		if errors.Is(err, ErrKeyringUnavailable) {
			continue
		}
		if err != nil {
			return err
		}
		*f[name] = s
	}
	return nil
}

// Save saves every field ("" deletes the secret), then blanks them all, so that what holds them
// can be stored without a secret. Nothing is blanked when a save fails.
func (v *Vault) Save(ctx context.Context, f Fields) error {
	for _, name := range f.names() {
		if err := v.Set(ctx, name, *f[name]); err != nil {
			return err
		}
	}
	for _, p := range f {
		*p = ""
	}
	return nil
}

// Adopt moves the fields that hold a value into the vault and blanks them (secrets an older
// version kept in the data file, or a restored backup brought back); it reports whether any
// moved. Empty fields leave the saved secrets alone.
func (v *Vault) Adopt(ctx context.Context, f Fields) (bool, error) {
	moved := false
	for _, name := range f.names() {
		if *f[name] == "" {
			continue
		}
		if err := v.Set(ctx, name, *f[name]); err != nil {
			return moved, err
		}
		*f[name], moved = "", true
	}
	return moved, nil
}

// Korean tells the seller where the secrets are, for the settings screen: a note that stands out
// when they are in the file or cannot be read.
func (w Where) Korean() string {
	var note string
	switch {
	case w.Lost:
		note = "주의: 키가 저장된 " + w.Store + "을(를) 지금 열 수 없어 저장된 API 키와 메일 비밀번호를 쓸 수 없습니다. " +
			"잠금을 풀고 셀러데스크를 다시 시작하거나, 키를 다시 입력하세요(그동안은 데이터 폴더의 키 파일에 저장합니다)."
	case w.Keyring:
		note = "API 키와 메일 비밀번호는 이 PC의 " + w.Store + "에 저장되며, 데이터 파일과 백업에는 들어가지 않습니다. 저장 후에는 화면에 다시 표시되지 않습니다."
	default:
		note = "주의: 이 PC에서는 OS 자격 증명 저장소(" + w.Store + ")를 쓸 수 없어, API 키와 메일 비밀번호를 데이터 폴더의 키 파일(" + w.File +
			", 본인만 읽을 수 있음)에 저장합니다. 백업에는 들어가지 않지만 이 파일을 다른 곳에 복사하지 마세요. 저장 후에는 화면에 다시 표시되지 않습니다."
	}
	if w.SetAside != "" {
		note += " 키 파일이 손상되어 " + w.SetAside + "(으)로 옮겼습니다. 키를 다시 입력하세요."
	}
	return note
}

// AdoptSetting moves the secrets of the store setting key into the vault (Adopt) and saves the
// setting without them. val is where the setting is read, f points into it.
func (v *Vault) AdoptSetting(ctx context.Context, st *store.Store, key string, val any, f Fields) error {
	if _, err := st.GetSetting(ctx, key, val); err != nil {
		return fmt.Errorf("secrets: read %s: %w", key, err)
	}
	moved, err := v.Adopt(ctx, f)
	if err != nil || !moved {
		return err
	}
	if err := st.PutSetting(ctx, key, val); err != nil {
		return fmt.Errorf("secrets: %s copied but not removed from the data file: %w", key, err)
	}
	v.log.Info("secrets moved out of the data file", "setting", key, "keyring", v.useOS)
	return nil
}

// Hint shows that a secret is saved without showing it: at most its last 4 characters, and none
// of a short one. "" for no secret.
func Hint(secret string) string {
	if secret == "" {
		return ""
	}
	r := []rune(secret)
	if len(r) <= 8 {
		return "저장됨 (••••)"
	}
	return "저장됨 (••••" + string(r[len(r)-4:]) + ")"
}
