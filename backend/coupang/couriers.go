package coupang

// Courier is a delivery company the invoice upload accepts.
type Courier struct {
	Code string // deliveryCompanyCode
	Name string // Korean name as on the shipping label
}

// couriers is the 2019 official code table. Lotte is HYUNDAI and Logen is KGB: there is no
// LOTTE or LOGEN code.
var couriers = [...]Courier{
	{"CJGLS", "CJ대한통운"}, {"HYUNDAI", "롯데택배"}, {"KGB", "로젠택배"}, {"EPOST", "우체국택배"},
	{"HANJIN", "한진택배"}, {"KDEXP", "경동택배"}, {"DONGBU", "드림택배"}, {"ILYANG", "일양택배"},
	{"CHUNIL", "천일택배"}, {"DAESIN", "대신택배"}, {"CVS", "CVS택배"}, {"HDEXP", "합동택배"},
	{"REGISTPOST", "우편등기"}, {"DIRECT", "업체직송"}, {"COUPANG", "쿠팡자체배송"}, {"KUNYOUNG", "건영택배"},
	{"HONAM", "호남택배"}, {"SLX", "SLX택배"}, {"NHLOGIS", "농협택배"}, {"LOTTEGLOBAL", "롯데글로벌"},
	{"EMS", "우체국 EMS"}, {"DHL", "DHL"}, {"UPS", "UPS"}, {"FEDEX", "FEDEX"}, {"TNT", "TNT"}, {"USPS", "USPS"},
}

// Couriers lists the known courier codes.
func Couriers() []Courier { return couriers[:] }

// KnownCourier reports whether code is a known deliveryCompanyCode.
func KnownCourier(code string) bool {
	_, ok := CourierByCode(code)
	return ok
}

// CourierByCode finds a courier by its code.
func CourierByCode(code string) (Courier, bool) {
	for _, c := range couriers {
		if c.Code == code {
			return c, true
		}
	}
	return Courier{}, false
}

// CourierByName finds a courier by its Korean name as order sheets report it
// (deliveryCompanyName), ignoring spaces: "CJ 대한통운" → CJGLS.
func CourierByName(name string) (Courier, bool) {
	n := stripSpaces(name)
	for _, c := range couriers {
		if stripSpaces(c.Name) == n {
			return c, true
		}
	}
	return Courier{}, false
}

func stripSpaces(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if r != ' ' && r != '\t' {
			b = append(b, r)
		}
	}
	return string(b)
}
