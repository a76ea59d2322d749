// Package folders is the window's bound struct for the seller's folders: 폴더 열기 beside an
// export. Only the desktop window binds it — the browser door downloads its exports instead, and
// a web page must not start programs on the PC that serves it.
package folders

import (
	"context"
	"errors"

	"sellerdesk/backend/filemanager"
	"sellerdesk/backend/usererr"
)

// Folders opens the data folder's folders in the OS file manager.
type Folders struct{ env Env }

// Env is what the bound struct takes from the app.
type Env struct {
	Ctx     context.Context // the app's context
	Exports string          // the folder exports are saved in
	Opener  filemanager.Opener
	// SellerErr passes a seller-facing error through and logs anything else behind korean.
	SellerErr func(korean string, err error) error
}

// New is the bound struct over env.
func New(env Env) *Folders { return &Folders{env: env} }

// OpenExports shows the folder the exported lists are saved in.
func (f *Folders) OpenExports() error {
	err := f.env.Opener.Open(f.env.Ctx, f.env.Exports)
	if errors.Is(err, filemanager.ErrNoFileManager) {
		err = usererr.New("이 PC에는 폴더를 열어 줄 프로그램이 없습니다. 파일 관리자에서 직접 여세요: "+f.env.Exports, err)
	}
	if err != nil {
		return f.env.SellerErr("내보낸 파일 폴더를 열지 못했습니다. 파일 관리자에서 직접 여세요: "+f.env.Exports, err)
	}
	return nil
}
