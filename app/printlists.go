package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/store"
)

// skuMapSetting is the store setting holding the seller's item → SKU links (lists.SKUMap).
const skuMapSetting = "lists.skus.v1"

// HeldView is a selected shipment left off a list, and why (Korean).
type HeldView struct {
	Key     string `json:"key"`
	OrderID string `json:"orderId"`
	Summary string `json:"summary"`
	Reasons string `json:"reasons"`
}

// ListDocument is a list built from the board's selection: printable HTML (A4, the print
// dialog's input) or a file to save.
type ListDocument struct {
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	FileName  string `json:"fileName"`
	Shipments int    `json:"shipments"`
	// HTML is the printable page (format "html"); Base64 the file's bytes (format "xlsx").
	HTML   string     `json:"html"`
	Base64 string     `json:"base64"`
	Held   []HeldView `json:"held"`
}

// MakeList builds the 피킹리스트 ("pick") or 패킹리스트 ("pack") of the selected shipments as
// printable HTML ("html") or an Excel file ("xlsx"). Shipments with an open blocking finding stay
// off the list and come back in Held with the reason.
func (d *Desk) MakeList(kind, format string, keys []string) (ListDocument, error) {
	k := lists.ListKind(kind)
	if k != lists.PickKind && k != lists.PackKind {
		return ListDocument{}, userErr("알 수 없는 목록입니다: "+kind, fmt.Errorf("make list: kind %q", kind))
	}
	f, err := lists.ParseFormat(format)
	if err != nil || (f != lists.FormatHTML && f != lists.FormatXLSX) {
		return ListDocument{}, userErr("목록은 인쇄(html) 또는 엑셀(xlsx)로 만들 수 있습니다.", fmt.Errorf("make list: format %q", format))
	}
	if len(keys) == 0 {
		return ListDocument{}, userErr("목록을 만들 주문을 먼저 선택하세요.", errors.New("make list: no keys"))
	}
	if len(keys) > store.MaxLimit*10 {
		return ListDocument{}, userErr("한 번에 10,000건까지 목록을 만들 수 있습니다.", fmt.Errorf("make list: %d keys", len(keys)))
	}
	ctx := context.Background()
	shipments, err := d.app.store.Shipments(ctx, keys)
	if errors.Is(err, store.ErrNotFound) {
		return ListDocument{}, userErr("선택한 주문 중 찾을 수 없는 주문이 있습니다. 목록을 새로 고치세요.", err)
	}
	if err != nil {
		return ListDocument{}, d.fail("주문을 읽지 못했습니다.", fmt.Errorf("make list: %w", err))
	}
	var skus lists.SKUMap
	if _, err := d.app.store.GetSetting(ctx, skuMapSetting, &skus); err != nil {
		return ListDocument{}, d.fail("상품 매칭 정보를 읽지 못했습니다.", err)
	}
	now := d.app.cfg.Now()
	var t lists.Table
	if k == lists.PickKind {
		p := lists.BuildPickList(shipments, &skus, now)
		t = p.Table()
	} else {
		p := lists.BuildPackList(shipments, &skus, lists.PackOverrides{}, now)
		t = p.Table()
	}
	var buf bytes.Buffer
	if err := lists.WriteTable(&buf, f, t); err != nil {
		return ListDocument{}, d.fail("목록을 만들지 못했습니다.", fmt.Errorf("make list %s: %w", kind, err))
	}
	doc := ListDocument{Kind: kind, Title: t.Title, FileName: lists.FileName(k, f, now), Shipments: t.Shipments, Held: []HeldView{}}
	if f == lists.FormatHTML {
		doc.HTML = buf.String()
	} else {
		doc.Base64 = base64.StdEncoding.EncodeToString(buf.Bytes())
	}
	for _, h := range t.Held {
		doc.Held = append(doc.Held, HeldView{Key: h.Key, OrderID: h.OrderID, Summary: h.Summary, Reasons: strings.Join(h.Reasons, " ")})
	}
	d.app.log.Info("list made", "kind", kind, "format", format, "shipments", t.Shipments, "held", len(t.Held))
	return doc, nil
}
