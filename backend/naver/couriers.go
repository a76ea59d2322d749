package naver

// courierNames maps the common Naver deliveryCompanyCode values to the names sellers use.
// Naver has about 190 codes; unknown ones are still sent as typed. Note 롯데택배 is HYUNDAI and
// 로젠택배 is KGB: LOTTE and LOGEN are not Naver codes (Naver answers 104119 택배사코드 확인).
var courierNames = map[string]string{
	"CJGLS":       "CJ대한통운",
	"HYUNDAI":     "롯데택배",
	"HANJIN":      "한진택배",
	"KGB":         "로젠택배",
	"EPOST":       "우체국택배",
	"KDEXP":       "경동택배",
	"DAESIN":      "대신택배",
	"ILYANG":      "일양로지스",
	"CHUNIL":      "천일택배",
	"HDEXP":       "합동택배",
	"CVSNET":      "GSPostbox택배",
	"CUPARCEL":    "CU편의점택배",
	"REGISTPOST":  "우편등기",
	"GENERALPOST": "일반우편",
	"HLCGLOBAL":   "롯데글로벌로지스(국제)",
	"KOREXG":      "CJ대한통운(국제)",
	"EMS":         "EMS",
	"DHL":         "DHL",
	"FEDEX":       "FEDEX",
	"UPS":         "UPS",
	"CH1":         "기타 택배",
}

// mistakenCourierCodes are codes other guides use wrongly, with the Naver code meant.
var mistakenCourierCodes = map[string]string{"LOTTE": "HYUNDAI", "LOGEN": "KGB"}

// CourierName is the Korean name of a Naver deliveryCompanyCode ("" when not in the common table).
func CourierName(code string) string { return courierNames[code] }

// CorrectCourierCode returns the Naver code meant by a code that is commonly mistaken
// (LOTTE → HYUNDAI, LOGEN → KGB), and whether it was one.
func CorrectCourierCode(code string) (string, bool) {
	c, ok := mistakenCourierCodes[code]
	return c, ok
}
