package app

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func TestMakeList(t *testing.T) {
	a := newTestApp(t)
	recs := storetest.Shipments(11, 300)
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	var keys []string
	blocked := map[string]bool{}
	for _, r := range recs[:120] {
		keys = append(keys, r.Shipment.Key())
		if r.Shipment.Blocked() {
			blocked[r.Shipment.Key()] = true
		}
	}
	require.NotEmpty(t, blocked, "the selection holds blocked shipments")

	tests := []struct {
		kind, format, title string
	}{
		{"pick", "html", "피킹리스트"},
		{"pack", "html", "패킹리스트"},
		{"pick", "xlsx", "피킹리스트"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"-"+tt.format, func(t *testing.T) {
			doc, err := a.Desk().MakeList(tt.kind, tt.format, keys)
			require.NoError(t, err)
			assert.Contains(t, doc.Title, tt.title)
			assert.True(t, strings.HasSuffix(doc.FileName, "."+tt.format), doc.FileName)
			assert.Equal(t, 120, doc.Shipments+len(doc.Held), "every selected shipment is on the list or held")
			held := map[string]bool{}
			for _, h := range doc.Held {
				held[h.Key] = true
				assert.NotEmpty(t, h.Reasons, h.Key)
			}
			for k := range blocked {
				assert.True(t, held[k], "blocked %s stays off the list", k)
			}
			if tt.format == "html" {
				assert.Contains(t, doc.HTML, tt.title)
				assert.Empty(t, doc.Base64)
			} else {
				b, err := base64.StdEncoding.DecodeString(doc.Base64)
				require.NoError(t, err)
				assert.Equal(t, "PK", string(b[:2]), "an XLSX file is a zip")
			}
		})
	}
}

func TestMakeListInputErrors(t *testing.T) {
	d := newTestApp(t).Desk()
	tests := []struct {
		name, kind, format string
		keys               []string
		want               string
	}{
		{"unknown kind", "invoice", "html", []string{"coupang/1"}, "알 수 없는 목록입니다: invoice"},
		{"unknown format", "pick", "pdf", []string{"coupang/1"}, "목록은 인쇄(html) 또는 엑셀(xlsx)로 만들 수 있습니다."},
		{"nothing selected", "pick", "html", nil, "목록을 만들 주문을 먼저 선택하세요."},
		{"unknown shipment", "pack", "html", []string{"coupang/404"}, "선택한 주문 중 찾을 수 없는 주문이 있습니다. 목록을 새로 고치세요."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.MakeList(tt.kind, tt.format, tt.keys)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
