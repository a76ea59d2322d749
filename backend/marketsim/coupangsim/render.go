package coupangsim

import (
	"sellerdesk/backend/order"
	"time"
)

type ordererJSON struct {
	Name          string  `json:"name"`
	Email         string  `json:"email"`
	SafeNumber    string  `json:"safeNumber"`
	OrdererNumber *string `json:"ordererNumber"`
}

type receiverJSON struct {
	Name           string  `json:"name"`
	SafeNumber     string  `json:"safeNumber"`
	ReceiverNumber *string `json:"receiverNumber"`
	Addr1          string  `json:"addr1"`
	Addr2          string  `json:"addr2"`
	PostCode       string  `json:"postCode"`
}

type itemJSON struct {
	VendorItemPackageID        int64          `json:"vendorItemPackageId"`
	VendorItemPackageName      string         `json:"vendorItemPackageName"`
	ProductID                  int64          `json:"productId"`
	VendorItemID               int64          `json:"vendorItemId"`
	VendorItemName             string         `json:"vendorItemName"`
	ShippingCount              int            `json:"shippingCount"`
	SalesPrice                 int64          `json:"salesPrice"`
	OrderPrice                 int64          `json:"orderPrice"`
	DiscountPrice              int64          `json:"discountPrice"`
	InstantCouponDiscount      int64          `json:"instantCouponDiscount"`
	DownloadableCouponDiscount int64          `json:"downloadableCouponDiscount"`
	CoupangDiscount            int64          `json:"coupangDiscount"`
	ExternalVendorSkuCode      string         `json:"externalVendorSkuCode"`
	EtcInfoHeader              *string        `json:"etcInfoHeader"`
	EtcInfoValue               *string        `json:"etcInfoValue"`
	EtcInfoValues              []string       `json:"etcInfoValues"`
	SellerProductID            int64          `json:"sellerProductId"`
	SellerProductName          string         `json:"sellerProductName"`
	SellerProductItemName      string         `json:"sellerProductItemName"`
	FirstSellerProductItemName string         `json:"firstSellerProductItemName"`
	CancelCount                int            `json:"cancelCount"`
	HoldCountForCancel         int            `json:"holdCountForCancel"`
	EstimatedShippingDate      string         `json:"estimatedShippingDate"`
	PlannedShippingDate        string         `json:"plannedShippingDate"`
	InvoiceNumberUploadDate    *string        `json:"invoiceNumberUploadDate"`
	ExtraProperties            map[string]any `json:"extraProperties"`
	PricingBadge               bool           `json:"pricingBadge"`
	UsedProduct                bool           `json:"usedProduct"`
	ConfirmDate                *string        `json:"confirmDate"`
	DeliveryChargeTypeName     string         `json:"deliveryChargeTypeName"`
	UpBundleVendorItemID       *int64         `json:"upBundleVendorItemId"`
	UpBundleVendorItemName     *string        `json:"upBundleVendorItemName"`
	UpBundleSize               *int           `json:"upBundleSize"`
	UpBundleItem               bool           `json:"upBundleItem"`
	Canceled                   bool           `json:"canceled"`
}

type orderSheetJSON struct {
	ShipmentBoxID       int64             `json:"shipmentBoxId"`
	OrderID             int64             `json:"orderId"`
	OrderedAt           string            `json:"orderedAt"`
	Orderer             ordererJSON       `json:"orderer"`
	PaidAt              string            `json:"paidAt"`
	Status              string            `json:"status"`
	ShippingPrice       int64             `json:"shippingPrice"`
	RemotePrice         int64             `json:"remotePrice"`
	RemoteArea          bool              `json:"remoteArea"`
	ParcelPrintMessage  *string           `json:"parcelPrintMessage"`
	SplitShipping       bool              `json:"splitShipping"`
	AbleSplitShipping   bool              `json:"ableSplitShipping"`
	Receiver            receiverJSON      `json:"receiver"`
	OrderItems          []itemJSON        `json:"orderItems"`
	OverseaShippingInfo map[string]string `json:"overseaShippingInfoDto"`
	DeliveryCompanyName *string           `json:"deliveryCompanyName"`
	InvoiceNumber       *string           `json:"invoiceNumber"`
	InTrasitDateTime    *string           `json:"inTrasitDateTime"`
	DeliveredDate       *string           `json:"deliveredDate"`
	Refer               string            `json:"refer"`
	ShipmentType        string            `json:"shipmentType"`
}

func optTime(t time.Time, layout string) *string {
	if t.IsZero() {
		return nil
	}
	s := t.In(order.KST()).Format(layout)
	return &s
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (s *Server) render(b *box) orderSheetJSON {
	out := orderSheetJSON{
		ShipmentBoxID: b.ID, OrderID: b.OrderID,
		OrderedAt: b.OrderedAt.In(order.KST()).Format(tLayout),
		// the orderer's e-mail has been an empty string since 2024-08-06 (article 35420918786329)
		Orderer: ordererJSON{Name: b.OrdererName, Email: "", SafeNumber: b.OrdererPhone},
		PaidAt:  b.PaidAt.In(order.KST()).Format(tLayout),
		Status:  b.Status, ShippingPrice: b.ShippingPrice, RemotePrice: b.RemotePrice, RemoteArea: b.RemotePrice > 0,
		ParcelPrintMessage: optString(b.Message),
		AbleSplitShipping:  len(b.Items) > 1,
		Receiver: receiverJSON{Name: b.Receiver.Name, SafeNumber: b.Receiver.SafeNumber, ReceiverNumber: optString(b.Receiver.ReceiverNumber),
			Addr1: b.Receiver.Addr1, Addr2: b.Receiver.Addr2, PostCode: b.Receiver.PostCode},
		OverseaShippingInfo: map[string]string{"personalCustomsClearanceCode": "", "ordererSsn": "", "ordererPhoneNumber": ""},
		InTrasitDateTime:    optTime(b.InTransitAt, spaceLayout),
		DeliveredDate:       optTime(b.DeliveredAt, spaceLayout),
		Refer:               b.Refer,
		ShipmentType:        "THIRD_PARTY",
	}
	if b.CourierCode != "" {
		out.DeliveryCompanyName = optString(courierNames[b.CourierCode])
		out.InvoiceNumber = optString(b.Invoice)
	}
	for _, it := range b.Items {
		charge := "유료"
		if it.Free {
			charge = "무료"
		}
		// The order is kept in what the buyer bought (Count bundles of a bundle option). Since
		// 2024-04-12 Coupang states a bundle in the seller's original option: the count multiplied,
		// the original option's name, the bundle beside it (article 30049331688089); the older form
		// names the bundle and counts bundles.
		per, name, sales := 1, it.Exposed, it.Price
		if it.BundleSize > 1 && s.bundleForm == BundleFormUnits {
			per, name, sales = it.BundleSize, it.Single, it.Price/int64(it.BundleSize)
		}
		if it.Shown != "" {
			name = it.Shown
		}
		j := itemJSON{
			VendorItemPackageName: it.Product.PackageName, ProductID: it.Product.ProductID,
			VendorItemID: it.VendorItemID, VendorItemName: name,
			ShippingCount: it.Count * per, SalesPrice: sales, OrderPrice: it.Price * int64(it.Count),
			ExternalVendorSkuCode: it.SKU, SellerProductID: it.Product.SellerProductID,
			SellerProductName: it.Product.Name, SellerProductItemName: it.Name, FirstSellerProductItemName: it.FirstName,
			CancelCount: it.CancelCount * per, HoldCountForCancel: it.HoldCount * per,
			EstimatedShippingDate:   estimatedShipping(b.PaidAt).Format(dateLayout),
			InvoiceNumberUploadDate: optTime(b.InvoiceAt, tLayout),
			ExtraProperties:         map[string]any{},
			DeliveryChargeTypeName:  charge,
			Canceled:                it.CancelCount >= it.Count,
		}
		if it.BundleSize > 1 {
			id, size, bundle := it.BundleID, it.BundleSize, it.Exposed
			if s.bundleForm == BundleFormBundles {
				bundle = name // the older form: vendorItemName is the bundle's name
			}
			j.UpBundleVendorItemID, j.UpBundleSize, j.UpBundleVendorItemName, j.UpBundleItem = &id, &size, &bundle, true
		}
		out.OrderItems = append(out.OrderItems, j)
	}
	return out
}

type returnItemJSON struct {
	VendorItemPackageID   int64  `json:"vendorItemPackageId"`
	VendorItemPackageName string `json:"vendorItemPackageName"`
	VendorItemID          int64  `json:"vendorItemId"`
	VendorItemName        string `json:"vendorItemName"`
	PurchaseCount         int    `json:"purchaseCount"`
	CancelCount           int    `json:"cancelCount"`
	ShipmentBoxID         int64  `json:"shipmentBoxId"`
	SellerProductID       int64  `json:"sellerProductId"`
	SellerProductName     string `json:"sellerProductName"`
	ReleaseStatus         string `json:"releaseStatus"`
	CancelCompleteUser    string `json:"cancelCompleteUser"`
}

type receiptJSON struct {
	ReceiptID                int64            `json:"receiptId"`
	OrderID                  int64            `json:"orderId"`
	PaymentID                int64            `json:"paymentId"`
	ReceiptType              string           `json:"receiptType"`
	ReceiptStatus            string           `json:"receiptStatus"`
	CreatedAt                string           `json:"createdAt"`
	ModifiedAt               string           `json:"modifiedAt"`
	RequesterName            string           `json:"requesterName"`
	RequesterPhoneNumber     string           `json:"requesterPhoneNumber"`
	RequesterRealPhoneNumber *string          `json:"requesterRealPhoneNumber"`
	RequesterAddress         string           `json:"requesterAddress"`
	RequesterAddressDetail   string           `json:"requesterAddressDetail"`
	RequesterZipCode         string           `json:"requesterZipCode"`
	CancelReasonCategory1    string           `json:"cancelReasonCategory1"`
	CancelReasonCategory2    string           `json:"cancelReasonCategory2"`
	CancelReason             string           `json:"cancelReason"`
	CancelCountSum           int              `json:"cancelCountSum"`
	ReturnDeliveryID         int64            `json:"returnDeliveryId"`
	ReturnDeliveryType       string           `json:"returnDeliveryType"`
	ReleaseStopStatus        string           `json:"releaseStopStatus"`
	EnclosePrice             int64            `json:"enclosePrice"`
	FaultByType              string           `json:"faultByType"`
	PreRefund                bool             `json:"preRefund"`
	CompleteConfirmType      string           `json:"completeConfirmType"`
	CompleteConfirmDate      *string          `json:"completeConfirmDate"`
	ReturnItems              []returnItemJSON `json:"returnItems"`
	ReturnDeliveryDtos       []map[string]any `json:"returnDeliveryDtos"`
}

func (s *Server) renderReceipt(rc *receipt) receiptJSON {
	rsn := reasons[rc.Reason%len(reasons)]
	out := receiptJSON{
		ReceiptID: rc.ID, OrderID: rc.OrderID, PaymentID: rc.OrderID + 7000000000000,
		ReceiptType: rc.Type, ReceiptStatus: rc.Status,
		CreatedAt: rc.CreatedAt.In(order.KST()).Format(tLayout), ModifiedAt: rc.ModifiedAt.In(order.KST()).Format(spaceLayout),
		RequesterName: rc.Requester.Name, RequesterPhoneNumber: rc.Requester.SafeNumber,
		RequesterAddress: rc.Requester.Addr1, RequesterAddressDetail: rc.Requester.Addr2, RequesterZipCode: rc.Requester.PostCode,
		CancelReasonCategory1: rsn.cat1, CancelReasonCategory2: rsn.cat2, CancelReason: rsn.reason,
		ReturnDeliveryType: "연동택배", FaultByType: "CUSTOMER", CompleteConfirmType: "UNDEFINED",
		ReturnDeliveryDtos: []map[string]any{},
	}
	if rc.ByVendor {
		// the seller's own cancel: the portal says the reasons are fixed to 배송불만 / 품절 and the
		// detail to "파트너 API 강제 취소"
		out.CancelReasonCategory1, out.CancelReasonCategory2, out.CancelReason = "배송불만", "품절", "파트너 API 강제 취소"
		out.FaultByType = "VENDOR"
	}
	switch {
	case rc.StopAnswer != "":
		out.ReleaseStopStatus = rc.StopAnswer
	case rc.Status == "RELEASE_STOP_UNCHECKED":
		out.ReleaseStopStatus = "미처리"
	default:
		out.ReleaseStopStatus = "비대상"
	}
	if rc.Status == "RETURNS_COMPLETED" || rc.Status == "CANCEL_COMPLETED" {
		out.CompleteConfirmType = "VENDOR_CONFIRM"
		out.CompleteConfirmDate = optTime(rc.ModifiedAt, spaceLayout)
	}
	for _, ri := range rc.Items {
		out.CancelCountSum += ri.CancelCount
		out.ReturnItems = append(out.ReturnItems, returnItemJSON{
			VendorItemPackageName: ri.Item.Product.PackageName, VendorItemID: ri.Item.VendorItemID, VendorItemName: ri.Item.Exposed,
			PurchaseCount: ri.Purchase, CancelCount: ri.CancelCount, ShipmentBoxID: ri.BoxID,
			SellerProductID: ri.Item.Product.SellerProductID, SellerProductName: ri.Item.Product.Name,
			ReleaseStatus: ri.ReleaseState, CancelCompleteUser: "고객",
		})
	}
	return out
}

// estimatedShipping is an item's 출고예정일 (estimatedShippingDate, a date): two business days after
// payment, weekends skipped (the product's 출고소요기간; public holidays are not modelled).
func estimatedShipping(paid time.Time) time.Time {
	d := paid.In(order.KST())
	for n := 0; n < 2; {
		d = d.AddDate(0, 0, 1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return d
}
