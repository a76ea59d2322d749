// Package market is what SellerDesk says the same way about any marketplace: the Korean sentence
// of an error from its client, and where the seller checks an order by hand. The sync and the
// writes both ask here, so a new marketplace is added once.
package market

import (
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

// SellerMessage is the Korean sentence for an error of a call to marketplace m: a sentence an
// earlier layer wrote for the seller, else the client's own explanation.
func SellerMessage(m order.Marketplace, err error) string {
	if k, ok := usererr.Korean(err); ok {
		return k
	}
	switch m {
	case order.Naver:
		return naver.SellerMessage(err)
	case order.Coupang:
		return coupang.SellerMessage(err)
	}
	return "처리 중 오류가 발생했습니다. 잠시 후 다시 시도하고, 계속되면 로그 파일을 확인하세요."
}

// SellerCentre is where the seller checks an order of m by hand.
func SellerCentre(m order.Marketplace) string {
	switch m {
	case order.Naver:
		return naver.SellerCentre
	case order.Coupang:
		return coupang.SellerCentre
	}
	return m.Label()
}
