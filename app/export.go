package app

import (
	"context"
	"io"

	"sellerdesk/backend/export"
)

// ExportRequest is a parsed request for the export of stored shipments (export.ParseRequest).
type ExportRequest = export.Request

// ParseExport reads an export request (export.ParseRequest); no open app needed.
func ParseExport(format, statuses, markets string) (ExportRequest, error) {
	return export.ParseRequest(format, statuses, markets)
}

// Export writes every stored shipment the request selects to w, and returns how many.
func (a *App) Export(ctx context.Context, r ExportRequest, w io.Writer) (int, error) {
	return export.Run(ctx, a.store, r, w, a.cfg.Now())
}

// SplitList splits a comma-separated list, dropping blanks.
func SplitList(s string) []string { return export.SplitList(s) }
