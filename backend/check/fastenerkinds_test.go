package check

import "testing"

// Rival kinds of hardware, car and PC goods (rivalvalues.go, round75), on names of no table: a
// nut's, a bolt's, a screw's, a washer's and a screw head's kind, a crimp terminal's shape, a
// shackle's shape, where a car holder sits, how a head-up display reads the speed, how a car
// device is powered, a steering wheel cover's shape and a PC sold without memory or system. The
// controls are other spellings of one kind, which pass.
func TestHardwareRivalKinds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"flange against hex nut", "플랜지너트 M8 / 50개", "육각너트 M8 50개", "block", "nutkind", "플랜지너트", "육각너트"},
		{"cap against wing nut", "캡너트 M6 / 20개", "나비너트 M6 20개", "block", "nutkind", "캡너트", "나비너트"},
		{"truss against pan head", "트러스머리 피스 4x13 / 500개", "냄비머리 피스 4x13 500개", "block", "screwhead", "트러스머리", "냄비머리"},
		{"socket against hex bolt", "렌치볼트 M8x30 / 10개", "육각볼트 M8x30 10개", "block", "boltkind", "렌치볼트", "육각볼트"},
		{"wood against self-drilling screw", "목재나사 4x30 / 200개", "직결나사 4x30 200개", "block", "screwkind", "목재나사", "직결나사"},
		{"spring against flat washer", "스프링와셔 M8 / 100개", "평와셔 M8 100개", "block", "washerkind", "스프링와셔", "평와셔"},
		{"ring against fork terminal", "링단자 1.25-4 / 100개", "Y단자 1.25-4 100개", "block", "terminal", "링단자", "Y단자"},
		{"bow against D shackle", "오메가 샤클 2톤", "D샤클 2톤", "block", "shackle", "오메가 샤클", "D샤클"},
		{"vent against dashboard holder", "무선충전 거치대 / 송풍구형", "무선충전 거치대 대시보드형", "block", "carmount", "송풍구형", "대시보드형"},
		{"OBD against GPS head-up display", "HUD 헤드업디스플레이 OBD 연결형", "HUD 헤드업디스플레이 GPS형", "block", "network", "OBD 연결형", "GPS"},
		{"hard-wired against cigar socket", "하이패스 단말기 / 전원직결형", "하이패스 단말기 자가설치형", "block", "install", "전원직결형", "자가설치형"},
		{"round against D-cut wheel cover", "원형 핸들커버 / 블랙", "D컷 핸들커버 블랙", "block", "shape", "원형", "D컷"},
		{"finished against barebone PC", "ASUS 미니PC N100 완제품 / 16GB 512GB", "ASUS 미니PC N100 16GB 512GB 베어본", "block", "pcbuild", "완제품", "베어본"},
		{"wing nut written two ways", "나비너트 M5 / 20개", "윙너트 M5 20개", "", "", "", ""},
		{"cap nut written two ways", "모자너트 M8 / 10개", "캡너트 M8 10개입", "", "", "", ""},
		{"nylon nut written two ways", "나이롱너트 M10 / 50개", "나일론너트 M10 50개", "", "", "", ""},
		{"hex nut written apart", "스텐 육각너트 M6 / 100개", "스테인리스 육각 너트 M6 100개", "", "", "", ""},
		{"washer head written two ways", "와셔머리 직결피스 4x19 / 1000개", "직결나사 와샤머리 4x19 1000개", "", "", "", ""},
		{"vent holder written two ways", "차량용 거치대 / 송풍구형", "차량용 거치대 에어벤트형", "", "", "", ""},
		{"D-cut written two ways", "카렉스 D컷 핸들커버 / 블랙", "카렉스 디컷 핸들 커버 블랙", "", "", "", ""},
		{"machine screw against its Korean name", "접시머리 머신스크류 M3x6 / 100개", "접시머리 기계나사 M3 6mm 100개", "", "", "", ""},
	})
}

// The hardware kinds are explained in Korean by their own names.
func TestHardwareRivalKindsExplained(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"플랜지너트 M8 / 50개", "육각너트 M8 50개", "너트 종류 플랜지너트 ↔ 육각너트"},
		{"ASUS 미니PC N100 완제품 / 16GB 512GB", "ASUS 미니PC N100 16GB 512GB 베어본", "PC 구성 완제품 ↔ 베어본"},
		{"링단자 1.25-4 / 100개", "Y단자 1.25-4 100개", "단자 종류 링단자 ↔ Y단자"},
	})
}
