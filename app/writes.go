package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/syncer"
)

// Outcomes of one shipment in a write to a marketplace (발주확인, 발송처리).
const (
	// WriteOK: the marketplace applied the change (said so, or showed it when read back).
	WriteOK = "ok"
	// WriteFailed: the marketplace refused it, or it was not sent; Message says why.
	WriteFailed = "failed"
	// WriteUnknown: the answer was lost and reading the shipment back did not tell (확인 필요).
	// Never retried by SellerDesk: the seller checks the seller centre first.
	WriteUnknown = "unknown"
	// WriteSkipped: SellerDesk did not send it (wrong status, blocked, already done).
	WriteSkipped = "skipped"
	// WritePending: not yet. The marketplace refused it only because an earlier write has not
	// applied yet (Coupang's 상품준비중 can take up to 30 minutes); what the seller entered stays
	// stored and the same action may be sent again later. Not a failure.
	WritePending = "pending"
)

// WriteItem is the result of one shipment in a write, as the screen and the door show it.
type WriteItem struct {
	Key         string            `json:"key"`
	Market      order.Marketplace `json:"market"`
	MarketLabel string            `json:"marketLabel"`
	ID          string            `json:"id"`
	// Result is ok, failed, unknown or skipped.
	Result string `json:"result"`
	// Message is the Korean explanation (the marketplace's reason, or why it was skipped).
	Message string `json:"message"`
	// Code is the marketplace's own result code, when it gave one (e.g. 104119, DUPLICATE_INVOICE_NUMBER).
	Code string `json:"code,omitempty"`
	// Status is the stored status after the write.
	Status         order.Status `json:"status,omitempty"`
	Courier        string       `json:"courier,omitempty"`
	TrackingNumber string       `json:"trackingNumber,omitempty"`
	// ReadBack: the answer was lost and the outcome comes from reading the shipment back.
	ReadBack bool `json:"readBack,omitempty"`
}

// writeSummary is the one Korean sentence for a write's result bar, e.g.
// "3건 발주확인했습니다, 1건은 보내지 않았습니다."
func writeSummary(done string, c WriteCounts) string {
	parts := []string{fmt.Sprintf("%d건 %s", c.OK, done)}
	if c.Failed > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 처리하지 못했습니다", c.Failed))
	}
	if c.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 보내지 않았습니다", c.Skipped))
	}
	if c.Unknown > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 결과를 확인하지 못했습니다 (확인 필요)", c.Unknown))
	}
	if c.Pending > 0 {
		parts = append(parts, fmt.Sprintf("%d건은 마켓 반영을 기다리는 중이라 잠시 뒤 다시 보내야 합니다", c.Pending))
	}
	return strings.Join(parts, ", ") + "."
}

// WriteCounts sums a write's items by result.
type WriteCounts struct {
	OK      int `json:"ok"`
	Failed  int `json:"failed"`
	Unknown int `json:"unknown"`
	Skipped int `json:"skipped"`
	Pending int `json:"pending"`
}

func countItems(items []WriteItem) WriteCounts {
	var c WriteCounts
	for _, it := range items {
		switch it.Result {
		case WriteOK:
			c.OK++
		case WriteFailed:
			c.Failed++
		case WriteUnknown:
			c.Unknown++
		case WritePending:
			c.Pending++
		default:
			c.Skipped++
		}
	}
	return c
}

// writeState serialises the writes to the marketplaces (two bulk actions on the same shipments
// must not both send) and collects the shipments a sync added, for auto-acknowledge.
type writeState struct {
	mu      sync.Mutex
	addedMu sync.Mutex
	added   map[order.Marketplace][]string
}

// marketClients are the marketplace clients of the writes, built by openMarket like the sync's.
type marketClients struct {
	naver   *naver.Client
	coupang *coupang.Client
	sources map[order.Marketplace]syncer.Reader
	// missing explains, per marketplace, why there is no client (no keys, bad keys).
	missing map[order.Marketplace]error
}

func (a *App) marketClients(ctx context.Context, markets map[order.Marketplace]bool) (marketClients, error) {
	mc := marketClients{missing: map[order.Marketplace]error{}, sources: map[order.Marketplace]syncer.Reader{}}
	s, err := a.syncSettings(ctx)
	if err != nil {
		return mc, err
	}
	for m := range markets {
		mk, ok, err := a.openMarket(m, s, storedToken)
		switch {
		case err != nil:
			mc.missing[m] = err
		case !ok:
			mc.missing[m] = userErr(m.Label()+" API 키가 없습니다. 설정에서 먼저 키를 입력하세요.", fmt.Errorf("%s not configured", m))
		default:
			mc.sources[m] = mk.source
			if mk.naver != nil {
				mc.naver = mk.naver
			}
			if mk.coupang != nil {
				mc.coupang = mk.coupang
			}
		}
	}
	return mc, nil
}

// MaxSelection bounds the shipments of one write (발주확인, 발송처리) from the board.
const MaxSelection = 1000

// eachMarket opens the clients of the marketplaces in byMarket and calls send with each one's
// shipment ids; the shipments of a marketplace without keys fail with the reason.
func (a *App) eachMarket(ctx context.Context, byMarket map[order.Marketplace][]string, items map[string]*WriteItem,
	send func(m order.Marketplace, mc marketClients, ids []string)) error {
	if len(byMarket) == 0 {
		return nil
	}
	markets := map[order.Marketplace]bool{}
	for m := range byMarket {
		markets[m] = true
	}
	mc, err := a.marketClients(ctx, markets)
	if err != nil {
		return err
	}
	for _, m := range order.AllMarketplaces() {
		ids := byMarket[m]
		if len(ids) == 0 {
			continue
		}
		if why := mc.missing[m]; why != nil {
			for _, id := range ids {
				it := items[order.ShipmentKey(m, id)]
				it.Result, it.Message = WriteFailed, marketMessage(m, why)
			}
			continue
		}
		send(m, mc, ids)
	}
	return nil
}

// collectItems lists the items in the order of keys, with their counts.
func collectItems(keys []string, items map[string]*WriteItem) ([]WriteItem, WriteCounts) {
	out := make([]WriteItem, 0, len(keys))
	for _, k := range keys {
		out = append(out, *items[k])
	}
	return out, countItems(out)
}

// cleanKeys validates shipment keys and drops repeats, keeping the order.
func cleanKeys(keys []string) ([]string, error) {
	if len(keys) > MaxSelection {
		return nil, userErr(fmt.Sprintf("한 번에 %d건까지 처리할 수 있습니다. 나누어 진행하세요.", MaxSelection), fmt.Errorf("%d keys selected", len(keys)))
	}
	seen := make(map[string]bool, len(keys))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		k = strings.TrimSpace(k)
		if _, _, err := order.SplitKey(k); err != nil {
			return nil, userErr("주문 번호가 올바르지 않습니다: "+k, err)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return nil, userErr("처리할 주문을 선택하세요.", errors.New("no shipments selected"))
	}
	return out, nil
}

func itemOf(s *order.Shipment) WriteItem {
	return WriteItem{Key: s.Key(), Market: s.Marketplace, MarketLabel: s.Marketplace.Label(), ID: s.ID, Status: s.Status,
		Courier: s.Courier, TrackingNumber: s.TrackingNumber}
}

func itemOfKey(key string) WriteItem {
	m, id, _ := order.SplitKey(key)
	return WriteItem{Key: key, Market: m, MarketLabel: m.Label(), ID: id}
}

// readBack reads shipments of one marketplace back from it and stores what it says through the
// sync's checked path (syncer.Engine.ReadBack). It returns the stored shipments by key; a shipment
// that could not be read has an error instead.
func (a *App) readBack(ctx context.Context, mc marketClients, m order.Marketplace, ids []string) (map[string]order.Shipment, map[string]error) {
	src := mc.sources[m]
	if src == nil {
		failed := map[string]error{}
		for _, id := range ids {
			failed[order.ShipmentKey(m, id)] = mc.missing[m]
		}
		return map[string]order.Shipment{}, failed
	}
	return a.engine.ReadBack(ctx, src, ids)
}

// marketMessage is the Korean sentence for an error of a marketplace call.
func marketMessage(m order.Marketplace, err error) string {
	var ue *UserError
	if errors.As(err, &ue) {
		return ue.Korean
	}
	switch m {
	case order.Naver:
		return naver.SellerMessage(err)
	case order.Coupang:
		return coupang.SellerMessage(err)
	}
	return SellerMessage(err)
}

// naverReason explains a Naver per-item failure (failProductOrderInfos) in Korean, keeping
// Naver's own words.
func naverReason(code, message string) string {
	var s string
	switch code {
	case "9999":
		s = "주문 상태나 취소·반품·교환 요청 때문에 네이버가 처리하지 않았습니다. 주문을 다시 불러와 확인하세요."
	case "104118":
		s = "택배사가 빠져 네이버가 거절했습니다. 택배사를 고르세요."
	case "104119":
		s = "택배사 코드가 네이버 코드와 맞지 않습니다(롯데택배는 HYUNDAI, 로젠택배는 KGB). 택배사를 다시 고르세요."
	case "104120":
		s = "운송장번호가 빠져 네이버가 거절했습니다. 운송장번호를 입력하세요."
	case "100001":
		s = "네이버에 없는 주문입니다."
	case "104131":
		s = "같은 주문이 두 번 들어가 네이버가 거절했습니다."
	default:
		s = "네이버가 처리하지 않았습니다."
	}
	if message != "" {
		s += " (네이버: " + message + ")"
	}
	return s
}

// coupangReason explains a Coupang per-box result code in Korean, keeping Coupang's own words.
func coupangReason(code, message string) string {
	var s string
	switch code {
	case "INVALID_STATUS":
		s = "쿠팡에서 이 주문의 배송 상태를 바꿀 수 없습니다(취소·환불이 진행 중이거나 이미 처리된 주문). 주문을 다시 불러와 확인하세요."
	case "DUPLICATE_INVOICE_NUMBER":
		s = "이미 사용된 운송장번호입니다(쿠팡은 6개월 안에 같은 번호를 받지 않습니다). 운송장번호를 확인하세요."
	case "INVALID_INVOICE_NUMBER":
		s = "운송장번호나 택배사 코드가 올바르지 않습니다. 택배사와 번호를 확인하세요."
	case "ORDER_DELIVERY_CANCELED":
		s = "주문이 취소되었습니다. 보내지 마세요."
	case "ORDER_DELIVERY_PARTIAL_STOP_REQUESTED", "ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL":
		s = "구매자가 출고중지(취소)를 요청했습니다. 보내지 말고 쿠팡 WING에서 출고중지를 처리하세요."
	case "NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD":
		s = "이미 운송장이 등록된 주문입니다. 번호를 바꾸려면 쿠팡 WING에서 송장 수정을 하세요."
	case "NOT_FOUND_SHIPMENT_BOX":
		s = "쿠팡에서 이 묶음배송번호를 찾지 못했습니다."
	case "NOT_FOUND_VENDOR_ITEM":
		s = "박스의 상품 구성이 쿠팡과 맞지 않습니다. 주문을 다시 불러온 뒤 다시 시도하세요."
	case "PERMISSION_DENIED":
		s = "이 주문을 처리할 권한이 없습니다. 쿠팡 업체코드와 키를 확인하세요."
	default:
		s = "쿠팡이 처리하지 않았습니다."
	}
	if message != "" {
		s += " (쿠팡: " + message + ")"
	}
	return s
}

// auditFailures records the shipments a write did not change, one entry each.
func (a *App) auditFailures(ctx context.Context, action, by string, items []WriteItem) {
	var entries []store.AuditEntry
	now := a.cfg.Now()
	for _, it := range items {
		if it.Result == WriteFailed || it.Result == WriteUnknown || it.Result == WritePending {
			entries = append(entries, store.AuditEntry{At: now, Actor: by, Action: action + "-" + it.Result,
				ShipmentKey: it.Key, Detail: it.Message})
		}
	}
	if len(entries) == 0 {
		return
	}
	if err := a.store.AppendAudit(ctx, entries...); err != nil {
		a.log.Error("audit write failures", "action", action, "err", err)
	}
}

// unknownMessage is what the seller reads when a write's outcome stays unknown.
func unknownMessage(m order.Marketplace) string {
	center := "네이버 스마트스토어센터"
	if m == order.Coupang {
		center = "쿠팡 WING"
	}
	return "확인 필요: " + m.Label() + "의 응답을 받지 못했고 다시 조회해도 결과를 알 수 없습니다. 이미 처리되었을 수 있으니 " +
		center + "에서 확인하세요. 셀러데스크는 자동으로 다시 보내지 않습니다."
}
