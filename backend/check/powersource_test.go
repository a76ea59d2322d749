package check

import "testing"

// TestPowerSourceWrittenOtherwise: gas written in the word of the hob (가스 건조기) against an
// electric one, and a power value written without its suffix (충전 드릴, 전기 온수기), are the
// power source; what charges (충전 케이블), what is charged (배터리 충전) and a speed (고속 충전)
// are not, and gas against a rechargeable (a refillable gas lighter) is not compared.
func TestPowerSourceWrittenOtherwise(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "gas dryer against an electric one", reg: "린나이 가스 의류건조기 / 9kg", exp: "린나이 전기식 의류건조기 9kg",
			severity: "block", kind: KindPower, r: "가스", e: "전기식"},
		{name: "electric without its suffix against gas", reg: "경동 전기 온수기 / 50L", exp: "경동 가스 온수기 50L",
			severity: "block", kind: KindPower, r: "전기", e: "가스"},
		{name: "rechargeable without its suffix against dry cells", reg: "캠핑 충전 랜턴 / 화이트", exp: "캠핑 건전지식 랜턴 화이트",
			severity: "block", kind: KindPower, r: "충전", e: "건전지식"},
		{name: "rechargeable without its suffix against corded", reg: "계양 충전 그라인더 / 본체", exp: "계양 코드형 그라인더 본체",
			severity: "block", kind: KindPower, r: "충전", e: "코드형"},
		{name: "the seller's option 충전 against the catalogue's dry cells", reg: "LED 손전등 / 충전", exp: "LED 손전등 건전지식",
			severity: "block", kind: KindPower, r: "충전", e: "건전지식"},
		{name: "a charging cable is no rechargeable goods", reg: "충전 케이블 C타입 / 1m", exp: "C타입 케이블 전기식 1m"},
		{name: "what is charged, last in the title", reg: "자동차 배터리 충전 / 1개", exp: "전기식 자동차 배터리, 1개"},
		{name: "fast charging is a speed", reg: "고속 충전 보조배터리 / 블랙", exp: "건전지식 보조배터리 블랙"},
		{name: "gas against a rechargeable is a refillable lighter", reg: "가스 토치 라이터 / 1개", exp: "충전식 토치 라이터, 1개"},
		{name: "electric against a rechargeable is one shaver", reg: "필립스 전기 면도기 / 1개", exp: "필립스 면도기 충전식, 1개"},
		{name: "both kinds on one side are compared by the attribute rule", reg: "전기 가스 겸용 그릴 / 1개", exp: "가스 그릴, 1개"},
	})
}

func TestPowerSourceReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"린나이 가스 의류건조기 / 9kg", "린나이 전기식 의류건조기 9kg", "전원 방식 가스 ↔ 전기식"},
		{"캠핑 충전 랜턴 / 화이트", "캠핑 건전지식 랜턴 화이트", "전원 방식 충전 ↔ 건전지식"},
	})
}
