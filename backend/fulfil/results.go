package fulfil

import (
	"errors"
	"fmt"
	"strings"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/market"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

// cleanSelection validates the board's selection and drops repeats, keeping the order.
func cleanSelection(keys []string) ([]string, error) {
	if len(keys) > MaxSelection {
		return nil, usererr.New(fmt.Sprintf("한 번에 %d건까지 처리할 수 있습니다. 나누어 진행하세요.", MaxSelection), fmt.Errorf("%d keys selected", len(keys)))
	}
	out, err := order.CleanKeys(keys)
	var ke *order.KeyError
	if errors.As(err, &ke) {
		return nil, usererr.New("주문 번호가 올바르지 않습니다: "+ke.Key, err)
	}
	if len(out) == 0 {
		return nil, usererr.New("처리할 주문을 선택하세요.", errors.New("no shipments selected"))
	}
	return out, nil
}

func itemOf(s *order.Shipment) *Item {
	return &Item{Key: s.Key(), Market: s.Marketplace, MarketLabel: s.Marketplace.Label(), ID: s.ID, Name: s.Name(), Status: s.Status,
		Courier: s.Courier, TrackingNumber: s.TrackingNumber}
}

func itemOfKey(key string) *Item {
	m, id, _ := order.SplitKey(key)
	return &Item{Key: key, Market: m, MarketLabel: m.Label(), ID: id, Name: order.BoxName(m, "", id, "", order.BoxNo{})}
}

func idsOf(jobs []*Job) []string {
	ids := make([]string, 0, len(jobs))
	for _, j := range jobs {
		ids = append(ids, j.Item.ID)
	}
	return ids
}

func countItems(items []Item) Counts {
	var c Counts
	for _, it := range items {
		switch it.Result {
		case OK:
			c.OK++
		case Failed:
			c.Failed++
		case Unknown:
			c.Unknown++
		case Pending:
			c.Pending++
		default:
			c.Skipped++
		}
	}
	return c
}

// summary is the one Korean sentence for a write's result bar, e.g.
// "3건 발주확인했습니다, 1건은 보내지 않았습니다."
func summary(done string, c Counts) string {
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

func isOutcomeUnknown(err error) bool {
	return naver.IsOutcomeUnknown(err) || coupang.IsOutcomeUnknown(err)
}

// sellerCentre is where the seller does by hand what SellerDesk cannot send (e.g. "쿠팡 WING").
func sellerCentre(m order.Marketplace) string { return market.SellerCentre(m) }

// sellerMessage is the Korean sentence for an error of a call to m.
func sellerMessage(m order.Marketplace, err error) string { return market.SellerMessage(m, err) }

// notSentMessage explains shipments a write never sent because the call failed before them.
func notSentMessage(m order.Marketplace, err error) string {
	switch {
	case err == nil:
		return "보내지 못했습니다. 다시 시도하세요."
	case isOutcomeUnknown(err):
		return "앞선 요청의 응답이 끊겨 이 주문은 보내지 않았습니다. 결과를 확인한 뒤 다시 시도할 수 있습니다."
	}
	return "보내지 않았습니다: " + sellerMessage(m, err)
}

// unknownMessage is what the seller reads when a write's outcome stays unknown.
func unknownMessage(m order.Marketplace) string {
	return "확인 필요: " + m.Label() + "의 응답을 받지 못했고 다시 조회해도 결과를 알 수 없습니다. 이미 처리되었을 수 있으니 " +
		market.SellerCentre(m) + "에서 확인하세요. 셀러데스크는 자동으로 다시 보내지 않습니다."
}
