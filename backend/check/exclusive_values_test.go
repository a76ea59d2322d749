package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestExclusiveValuesAreConsistent: no word of the exclusive value sets is two values, none is
// listed by another group (it would be read as that group's value and the set would not hold),
// no two values of one kind are words of one synonym group, and every kind has a Korean name.
func TestExclusiveValuesAreConsistent(t *testing.T) {
	seen := map[string]string{}
	for _, g := range lexiconGroupsExclusive {
		for _, syn := range g.words {
			for _, w := range syn {
				key := g.kind + "|" + syn[0]
				if prev, ok := seen[w]; ok && prev != key {
					t.Errorf("%q is %s and %s", w, prev, key)
				}
				seen[w] = key
				if a := lexicon[w]; a.kind != g.kind || a.value != syn[0] || a.plain {
					t.Errorf("%q is listed elsewhere as %s|%s, not %s", w, a.kind, a.value, key)
				}
			}
		}
	}
	kinds := map[string]bool{}
	for _, k := range exclusiveKinds {
		if kinds[k.kind] {
			t.Errorf("kind %q twice", k.kind)
		}
		kinds[k.kind] = true
		if l, ok := KindName(k.kind); !ok || l != k.label {
			t.Errorf("kind %q has no Korean name", k.kind)
		}
	}
	// the synonym groups: two words of one group are one thing, never two values of one kind
	// (of the kinds this file writes or adds to, all their words)
	written := map[string]bool{}
	for _, g := range lexiconGroupsExclusive {
		written[g.kind] = true
	}
	canon := map[string]string{} // kind|synonym group -> value
	for w, a := range lexicon {
		c, ok := wordSynonyms[w]
		if !ok || !written[a.kind] || a.plain {
			continue
		}
		key := a.kind + "|" + c
		if v, ok := canon[key]; ok && v != a.value {
			t.Errorf("%q (synonym group %q) is %s|%s, another word of the group %s|%s", w, c, a.kind, a.value, a.kind, v)
		}
		canon[key] = a.value
	}
}

// TestCompareNamesExclusiveValues: names of no table. Each pair that states two values of one
// exclusive kind passed before these sets (or only warned as wording); the same value, or a value
// said by one name only, still matches.
func TestCompareNamesExclusiveValues(t *testing.T) {
	tests := []nameCase{
		// two values of one kind: other goods
		{"a step-up is no step-down transformer", "변압기 승압용 / 2KVA", "변압기 강압용 2KVA", order.Block, attrStepDir, "승압용", "강압용"},
		{"an isolated is no auto transformer", "절연 변압기 복권 / 1KVA", "절연 변압기 단권 1KVA", order.Block, attrWinding, "복권", "단권"},
		{"single phase is no three phase", "산업용 모터 단상 / 1HP", "산업용 모터 삼상 1HP", order.Block, attrPhase, "단상", "삼상"},
		{"a supply fan is no exhaust fan", "덕트 환풍기 급기용 / 100파이", "덕트 환풍기 배기용 100파이", order.Block, attrAirflow, "급기용", "배기용"},
		{"a high beam bulb is no low beam bulb", "LED 전조등 H7 상향 / 2개", "LED 전조등 H7 하향 2개", order.Block, attrBeam, "상향", "하향"},
		{"a left-handed bow is no right-handed one", "국궁 연습활 좌핸드 / 30파운드", "국궁 연습활 오른손 30파운드", order.Block, attrSide, "좌핸드", "오른손"},
		{"a left-handed club is no right-handed one", "골프 퍼터 좌타 / 34인치", "골프 퍼터 우타 34인치", order.Block, attrSide, "좌타", "우타"},
		{"an ultra-short throw is no long throw", "빔프로젝터 스크린 초단초점 / 100인치", "빔프로젝터 스크린 장초점 100인치", order.Block, attrThrow, "초단초점", "장초점"},
		{"a KT remote is no SKT remote", "셋톱박스 리모컨 KT / 1개", "셋톱박스 리모컨 SKT 1개", order.Block, attrCarrier, "KT", "SKT"},
		{"a basic line is no advanced line", "로봇청소기 베이직 / 화이트", "로봇청소기 어드밴스 화이트", order.Block, attrTier, "베이직", "어드밴스"},
		{"an IPS panel is no VA panel", "27인치 모니터 IPS / QHD", "27인치 모니터 VA QHD", order.Block, attrPanel, "IPS", "VA"},
		{"a flat monitor is no curved one", "32인치 모니터 평면 / 블랙", "32인치 모니터 커브드 블랙", order.Block, attrCurve, "평면", "커브드"},
		{"in-ear is no bone conduction", "블루투스 이어폰 커널형 / 블랙", "블루투스 이어폰 골전도 블랙", order.Block, attrEarFit, "커널형", "골전도"},
		{"an NVMe drive is no SATA drive", "M.2 SSD 1TB NVMe / 1개", "M.2 SSD 1TB SATA 1개", order.Block, attrDrive2, "NVMe", "SATA"},
		{"tenkeyless is no full layout", "게이밍 키보드 텐키리스 / 적축", "게이밍 키보드 풀배열 적축", order.Block, attrKeyLayout, "텐키리스", "풀배열"},
		{"a mechanical keyboard is no membrane one", "사무용 키보드 기계식 / 블랙", "사무용 키보드 멤브레인 블랙", order.Block, attrKeySwitch, "기계식", "멤브레인"},
		{"a quartz watch is no automatic", "남성 메탈시계 쿼츠 / 실버", "남성 메탈시계 Automatic 실버", order.Block, attrMovement, "쿼츠", "Automatic"},
		{"a puppy food is no senior food", "강아지 사료 퍼피 / 2kg", "강아지 사료 시니어 2kg", order.Block, attrLifeStage, "퍼피", "시니어"},
		{"a fattening feed is no breeding feed", "한우 사료 비육우 / 25kg", "한우 사료 번식우 25kg", order.Block, attrLivestock, "비육우", "번식우"},
		{"a Shine Muscat bag is no Campbell bag", "포도봉지 샤인머스켓용 / 500매", "포도봉지 캠벨용 500매", order.Block, attrCrop, "샤인머스켓용", "캠벨용"},
		{"a city gas range is no LPG range", "가스레인지 2구 도시가스 / 블랙", "가스레인지 2구 LPG 블랙", order.Block, attrGas, "도시가스", "LPG"},
		{"a gun foam is no straw foam", "우레탄폼 건타입 / 750ml", "우레탄폼 스트로우타입 750ml", order.Block, attrDispense, "건타입", "스트로우타입"},
		{"a winter tyre is no all-season tyre", "승용차 타이어 225/45R17 윈터타이어 / 1개", "승용차 타이어 225/45R17 올시즌 1개", order.Block, attrSeason, "윈터타이어", "올시즌"},
		{"thin noodles are no medium noodles", "국수 소면 / 3kg", "국수 중면 3kg", order.Block, attrNoodle, "소면", "중면"},
		{"fresh squid is no half-dried squid", "동해안 오징어 생물 / 1kg", "동해안 오징어 반건조 1kg", order.Block, attrFishForm, "생물", "반건조"},
		{"a light roast is no dark roast", "원두커피 약배전 / 500g", "원두커피 강배전 500g", order.Block, attrRoast, "약배전", "강배전"},
		{"a cooling-only unit is no heat pump", "이동식 에어컨 냉방전용 / 화이트", "이동식 에어컨 냉난방 화이트", order.Block, attrClimate, "냉방전용", "냉난방"},
		{"nitrile gloves are no latex gloves", "일회용 장갑 니트릴 / M 100매", "일회용 장갑 라텍스 M 100매", order.Block, attrMaterial, "니트릴", "라텍스"},
		{"a mineral sunscreen is no chemical one", "데일리 선크림 무기자차 / 50ml", "데일리 선크림 유기자차 50ml", order.Block, attrSunFilter, "무기자차", "유기자차"},
		{"a slow-release fertiliser is no fast one", "원예용 비료 완효성 / 1kg", "원예용 비료 속효성 1kg", order.Block, attrRelease, "완효성", "속효성"},
		{"fertile eggs are no unfertilised eggs", "동물복지 계란 유정란 / 30구", "동물복지 계란 무정란 30구", order.Block, attrFertile, "유정란", "무정란"},
		{"sea salt is no refined salt", "요리용 소금 천일염 / 3kg", "요리용 소금 정제염 3kg", order.Block, attrSalt, "천일염", "정제염"},
		{"fresh noodles are no dried noodles", "칼국수 생면 / 1kg", "칼국수 건면 1kg", order.Block, attrNoodleForm, "생면", "건면"},
		{"unsalted butter is no salted butter", "버터 무염 / 450g", "버터 가염 450g", order.Block, attrSalted, "무염", "가염"},
		{"an alkaline cell is no manganese cell", "AA 건전지 알카라인 / 20개", "AA 건전지 망간 20개", order.Block, attrCell, "알카라인", "망간"},
		{"an inkjet printer is no laser printer", "컬러 복합기 잉크젯 / 무선", "컬러 복합기 레이저 무선", order.Block, attrPrintTech, "잉크젯", "레이저"},
		{"an instant water heater is no storage one", "전기온수기 순간식 / 15L", "전기온수기 저장식 15L", order.Block, attrWaterHeat, "순간식", "저장식"},
		{"a heated humidifier is no ultrasonic one", "대용량 가습기 가열식 / 6L", "대용량 가습기 초음파식 6L", order.Block, attrHumidify, "가열식", "초음파식"},
		{"an oil-based marker is no water-based one", "보드마카 유성 / 12색", "보드마카 수성 12색", order.Block, attrInkBase, "유성", "수성"},
		{"a spiral notebook is no perfect-bound one", "A5 노트 스프링제본 / 5권", "A5 노트 무선제본 5권", order.Block, attrBinding, "스프링제본", "무선제본"},
		{"knee-high is no thigh-high", "의료용 압박스타킹 무릎형 / M", "의료용 압박스타킹 허벅지형 M", order.Block, attrLegLength, "무릎형", "허벅지형"},
		{"high-rise is no low-rise", "와이드 데님팬츠 하이웨스트 / 27", "와이드 데님팬츠 로우라이즈 27", order.Block, attrRise, "하이웨스트", "로우라이즈"},
		{"a marine salt mix is no freshwater one", "수족관 박테리아 해수용 / 500ml", "수족관 박테리아 담수용 500ml", order.Block, attrAquaWater, "해수용", "담수용"},
		{"small anchovies are no large anchovies", "남해안 멸치 세멸 / 1kg", "남해안 멸치 대멸 1kg", order.Block, attrAnchovy, "세멸", "대멸"},
		{"a male crab is no female crab", "서해안 꽃게 수꽃게 / 2kg", "서해안 꽃게 암꽃게 2kg", order.Block, attrCrabSex, "수꽃게", "암꽃게"},
		{"fine chilli powder is no coarse one", "국산 고춧가루 고운 / 1kg", "국산 고춧가루 굵은 1kg", order.Block, attrCoarse, "고운", "굵은"},
		{"a front-wheel part is no rear-wheel part", "등속조인트 전륜 / 1개", "등속조인트 후륜 1개", order.Block, attrDrivetrain, "전륜", "후륜"},
		{"an active speaker is no passive one", "북쉘프 스피커 액티브 / 2개", "북쉘프 스피커 패시브 2개", order.Block, attrSpeakerPower, "액티브", "패시브"},
		{"a cardioid mic is no omni mic", "핀마이크 단일지향 / 블랙", "핀마이크 무지향 블랙", order.Block, attrPolar, "단일지향", "무지향"},
		{"a triangle brief is no square trunk", "남성 면팬티 삼각 / 3매", "남성 면팬티 사각 3매", order.Block, attrShape, "삼각", "사각"},
		{"step-up in two words", "변압기 승압기 / 3KVA", "변압기 승압트랜스 3KVA", "", "", "", ""},
		{"puppy in two words", "강아지 사료 퍼피 / 2kg", "강아지 사료 자견용 2kg", "", "", "", ""},
		{"in-ear in two words", "블루투스 이어폰 커널형 / 화이트", "블루투스 이어폰 인이어 화이트", "", "", "", ""},
		{"a season said on one side", "승용차 타이어 225/45R17 / 1개", "승용차 타이어 225/45R17 윈터타이어 1개", "", "", "", ""},
		{"a carrier said on one side", "셋톱박스 리모컨 / 1개", "셋톱박스 리모컨 KT 1개", "", "", "", ""},
		{"graphite is carbon", "골프 드라이버 샤프트 카본 / R", "골프 드라이버 샤프트 그라파이트 R", "", "", "", ""},
		{"a variety said on one side", "경북 사과 / 5kg", "경북 사과 부사 5kg", "", "", "", ""},
		{"a microbe is no fresh fish", "EM 미생물 발효액 / 1L", "EM 미생물 발효액 1L", "", "", "", ""},
	}
	runNameCases(t, tests)
}
