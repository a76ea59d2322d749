package market

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/order"
	"sellerdesk/backend/usererr"
)

func TestSellerMessage(t *testing.T) {
	assert.Equal(t, "쿠팡 API 키가 없습니다.", SellerMessage(order.Coupang, usererr.New("쿠팡 API 키가 없습니다.", errors.New("no keys"))),
		"a sentence written for the seller earlier wins")
	lost := fmt.Errorf("write: %w", &coupang.OutcomeUnknownError{Op: "upload invoices", ShipmentBoxIDs: []int64{1}, Err: errors.New("504")})
	assert.Equal(t, coupang.SellerMessage(lost), SellerMessage(order.Coupang, lost), "else the client explains its own error")
	assert.NotEmpty(t, SellerMessage("11st", errors.New("x")))
	assert.Equal(t, "쿠팡 WING", SellerCentre(order.Coupang))
	assert.Equal(t, "네이버 스마트스토어센터", SellerCentre(order.Naver))
}

// Onto keeps every saved key a form did not give; only the explicit clear clears the WING login id.
func TestKeysOnto(t *testing.T) {
	saved := Keys{NaverClientID: "naver-id", NaverClientSecret: "naver-secret", CoupangVendorID: "A00012345",
		CoupangAccessKey: "access", CoupangSecretKey: "secret", CoupangWingUserID: "wing-seller"}
	cleared := saved
	cleared.CoupangWingUserID = ""
	for _, c := range []struct {
		name     string
		in, want Keys
	}{
		{"nothing given", Keys{}, saved},
		{"other keys", Keys{CoupangAccessKey: "access-2"}, func() Keys { k := saved; k.CoupangAccessKey = "access-2"; return k }()},
		{"explicit clear", Keys{ClearCoupangWingUserID: true}, cleared},
		{"clear with an id", Keys{ClearCoupangWingUserID: true, CoupangWingUserID: "wing-owner"},
			func() Keys { k := saved; k.CoupangWingUserID = "wing-owner"; return k }()},
	} {
		assert.Equal(t, c.want, c.in.Onto(saved), c.name)
	}
}
