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
		{"보쉬 충전식 해머드릴 / 본체", "보쉬 유선 해머드릴 본체", "전원 방식 충전식 ↔ 유선"},
		// named once: the first-word rule leaves two words the power rule has named
		{"전기 온수기 / 50L", "가스 온수기 50L", "전원 방식 전기 ↔ 가스"},
	})
}

// TestCordedAgainstCordless: cordless and corded are one axis the lexicon reads in two kinds
// (무선 / 코드리스 how the goods connect, 코드형 their power), so a battery tool against a corded
// one, and a Bluetooth earphone against a wired one, differ; 무선 against a battery or a wireless
// link is the same goods, and 유선 or 무선 before 충전 is the charger's.
func TestCordedAgainstCordless(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "rechargeable drill against a corded one", reg: "보쉬 충전식 해머드릴 / 본체", exp: "보쉬 유선 해머드릴 본체",
			severity: "block", kind: KindPower, r: "충전식", e: "유선"},
		{name: "a bare 충전 against 유선", reg: "보쉬 충전 해머드릴 / 본체", exp: "보쉬 유선 해머드릴 본체",
			severity: "block", kind: KindPower, r: "충전", e: "유선"},
		{name: "corded against cordless", reg: "다이슨 코드형 청소기 / 1개", exp: "다이슨 코드리스 청소기, 1개",
			severity: "block", kind: KindPower, r: "코드형", e: "코드리스"},
		{name: "wired earphones against Bluetooth ones", reg: "소니 유선 이어폰 / 블랙", exp: "소니 블루투스 이어폰 블랙",
			severity: "block", kind: KindPower, r: "유선", e: "블루투스"},
		{name: "a dry-cell remote against a wired one", reg: "전동커튼 건전지식 리모컨 / 1개", exp: "전동커튼 유선 리모컨, 1개",
			severity: "block", kind: KindPower, r: "건전지식", e: "유선"},
		{name: "cordless is a battery tool", reg: "마끼다 무선 그라인더 / 본체", exp: "마끼다 충전식 그라인더 본체"},
		{name: "cordless is a Bluetooth earphone", reg: "소니 무선 이어폰 / 블랙", exp: "소니 블루투스 이어폰 블랙"},
		{name: "a wired charger comes with the rechargeable drill", reg: "보쉬 충전 해머드릴 / 유선 충전기 포함", exp: "보쉬 충전식 해머드릴"},
		{name: "a wireless charging stand is no cordless goods", reg: "차량용 무선 충전 거치대 / 15W", exp: "차량용 전기식 거치대 15W"},
	})
}

// TestPowerSourceByItsMeans: 충전 after what charges it (USB 충전) is rechargeable wherever it
// stands, and 배터리형 is battery goods of either sort, no corded ones.
func TestPowerSourceByItsMeans(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "USB 충전 last in the title against dry cells", reg: "백색소음기 USB충전 / 그레이", exp: "백색소음기 건전지식 그레이",
			severity: "block", kind: KindPower, r: "충전", e: "건전지식"},
		{name: "a battery lantern against a corded one", reg: "캠핑 랜턴 배터리형 / 1개", exp: "캠핑 랜턴 코드형, 1개",
			severity: "block", kind: KindPower, r: "배터리형", e: "코드형"},
		{name: "USB 충전 is the rechargeable one", reg: "백색소음기 USB충전 / 그레이", exp: "백색소음기 충전식 그레이"},
		{name: "a USB charging cable is no rechargeable goods", reg: "USB 충전 케이블 / 1m", exp: "USB 케이블 1m 건전지식"},
		{name: "a battery lantern may be the rechargeable one", reg: "캠핑 랜턴 배터리형 / 1개", exp: "충전식 캠핑 랜턴, 1개"},
	})
}

// TestHobSpelledRenji: 렌지 is how a hob's 레인지 is often written, so a pan for a gas hob spelled
// 가스렌지용 is the gas pan against an induction one.
func TestHobSpelledRenji(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "gas hob spelled 렌지 against IH", reg: "해피콜 가스렌지용 프라이팬 / 28cm", exp: "해피콜 IH 프라이팬 28cm",
			severity: "block", kind: KindHeat, r: "가스렌지용", e: "IH"},
		{name: "electric hob spelled 렌지 against gas only", reg: "해피콜 전기렌지겸용 냄비 / 20cm", exp: "해피콜 가스전용 냄비 20cm",
			severity: "block", kind: KindHeat, r: "전기렌지겸용", e: "가스전용"},
		{name: "the same hob spelled both ways", reg: "해피콜 가스렌지용 프라이팬 / 28cm", exp: "해피콜 가스레인지용 프라이팬 28cm"},
	})
}

// TestManualAgainstPowered: goods worked by hand (수동, 수동식) are other goods than goods powered
// by a battery or a cord; a manual tool against one that states no power is compared as before.
func TestManualAgainstPowered(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "a manual pump against a rechargeable one", reg: "[캠핑] 충전식 에어펌프 튜브 / 블랙", exp: "캠핑 수동 에어펌프, 블랙",
			severity: "block", kind: KindPower, r: "충전식", e: "수동"},
		{name: "a manual grinder against a corded one", reg: "후추 그라인더 수동식 / 1개", exp: "후추 그라인더 전기식, 1개",
			severity: "block", kind: KindPower, r: "수동식", e: "전기식"},
		{name: "manual against no power stated", reg: "수동 콧물흡입기 / 1개", exp: "아기 콧물흡입기 수동, 1개"},
	})
}
