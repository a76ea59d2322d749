package views

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/check"
	"sellerdesk/backend/naver"
)

// Issue 12 point 10: a Naver box of 15,800원 with 3,000원 shipping paid 18,800원. Naver's
// totalPaymentAmount carries the shipping, so the drawer showed the line as 18,800원 and the total as
// 21,800원 (shipping counted twice). The line is the goods, the total what the buyer paid.
func TestNaverTotalCountsShippingOnce(t *testing.T) {
	raw := `{"order":{"orderId":"2026112210001","orderDate":"2026-11-22T09:00:00.000+09:00",
		"paymentDate":"2026-11-22T09:01:00.000+09:00","ordererName":"김민우"},
	"productOrder":{"productOrderId":"2026112210001001","productOrderStatus":"PAYED","placeOrderStatus":"NOT_YET",
		"productId":"7001","productName":"제주 감귤 5kg","productOption":"중과","quantity":1,
		"unitPrice":15800,"optionPrice":0,"totalProductAmount":15800,"totalPaymentAmount":18800,
		"productDiscountAmount":0,"deliveryFeeAmount":3000,"deliveryDiscountAmount":0,
		"shippingAddress":{"name":"김민우","tel1":"010-1234-5678","baseAddress":"서울특별시 강남구 테헤란로 152",
			"detailedAddress":"101호","zipCode":"06236"}}}`
	var d naver.ProductOrderDetail
	require.NoError(t, json.Unmarshal([]byte(raw), &d))
	s, err := naver.ToShipment(&d, nil)
	require.NoError(t, err)

	det := Detail(&s, nil, check.Learned{})
	require.Len(t, det.Lines, 1)
	assert.Equal(t, "15,800원", det.Lines[0].TotalPrice, "the line is the goods")
	assert.Equal(t, "3,000원", det.ShippingFee)
	assert.Equal(t, "18,800원", det.Total, "what the buyer paid, shipping once")

	// A shipping discount: the buyer paid 1,000원 of the 3,000원 fee.
	d.ProductOrder.DeliveryDiscount, d.ProductOrder.TotalPaymentAmount = 2000, 16800
	s, err = naver.ToShipment(&d, nil)
	require.NoError(t, err)
	det = Detail(&s, nil, check.Learned{})
	assert.Equal(t, "15,800원", det.Lines[0].TotalPrice)
	assert.Equal(t, "1,000원", det.ShippingFee)
	assert.Equal(t, "16,800원", det.Total)
}
