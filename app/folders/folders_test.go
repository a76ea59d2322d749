package folders

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/filemanager"
	"sellerdesk/backend/usererr"
)

func TestOpenExports(t *testing.T) {
	exports := filepath.Join(t.TempDir(), "exports")
	logged := []error{}
	sellerErr := func(korean string, err error) error {
		if _, ok := usererr.Korean(err); ok {
			return err
		}
		logged = append(logged, err)
		return usererr.New(korean, err)
	}
	tests := []struct {
		name    string
		start   filemanager.Starter
		wantErr string
		logs    int
	}{
		{name: "opens the exports folder", start: func(_ context.Context, name string, args ...string) error {
			if name != "xdg-open" || len(args) != 1 || args[0] != exports {
				return errors.New("wrong call")
			}
			return nil
		}},
		{name: "no program to open folders", start: func(context.Context, string, ...string) error {
			return &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound}
		}, wantErr: "이 PC에는 폴더를 열어 줄 프로그램이 없습니다. 파일 관리자에서 직접 여세요: " + exports},
		{name: "another failure is logged", start: func(context.Context, string, ...string) error {
			return errors.New("fork: resource temporarily unavailable")
		}, wantErr: "내보낸 파일 폴더를 열지 못했습니다. 파일 관리자에서 직접 여세요: " + exports, logs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logged = logged[:0]
			f := New(Env{Ctx: context.Background(), Exports: exports, SellerErr: sellerErr,
				Opener: filemanager.Opener{GOOS: "linux", Start: tt.start}})
			err := f.OpenExports()
			if tt.wantErr == "" {
				require.NoError(t, err)
				assert.DirExists(t, exports)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.wantErr, err.Error())
			assert.Len(t, logged, tt.logs)
		})
	}
}
