package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The main item the seller's option joins to a part is the device of the catalogue's set of that
// part when both name one device, by a shared code or a title that says set too (mainitemsets.go);
// otherwise, or when the part is a consumable or the device's power, it is still a part to check, and a part the catalogue leaves out of no set still blocks
// (names of no table).
func TestMainItemOfASet(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a mixer with its whisk, one model", "브라운 핸드블렌더 MQ5235 / 본품+거품기", "Braun 핸드블렌더 MQ5235 거품기 세트", "", "", "", ""},
		{"a grill with its plates, one model", "필립스 전기그릴 HD6360 / 본체 + 그릴 플레이트", "Philips HD6360 그릴 플레이트 세트", "", "", "", ""},
		{"a title that says set too", "전동 드라이버 비트 세트 가정용 공구 / 본체+비트 24pcs", "전동 드라이버 비트 세트 24pcs, 1세트", "", "", "", ""},
		{"no shared model: the set may hold the part alone", "질레트 퓨전 면도기 / 본체+면도날", "질레트 퓨전 면도날 세트", order.Warn, KindBundle, "본체", ""},
		{"a battery set of the same model may be the batteries alone", "다이슨 무선청소기 V15 / 본체+배터리", "다이슨 V15 배터리 세트", order.Warn, KindBundle, "본체", ""},
		{"a blade set of the same model may be the blades alone", "브라운 면도기 9410s / 본체+망 날", "브라운 9410s 망 날 세트", order.Warn, KindBundle, "본체", ""},
		{"no set: the main item is missing", "브라운 핸드블렌더 MQ5235 / 본품+거품기", "Braun MQ5235 거품기, 1개", order.Block, KindBundle, "본품", ""},
	})
}

// A set the catalogue names only by the brand, the model and the part may be the part sold
// alone for the device (a spare dust bin, cups, mop pads, cleaning fluid): the main item the
// seller's option adds still asks for a look; a catalogue name that names the device or its
// line by a word of its own is the device's set (names of no table).
func TestMainItemOfASetNamedByItsPartOnly(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a dust bin set of one model", "다이슨 V12 / 본체+먼지통", "다이슨 V12 먼지통 세트", order.Warn, KindBundle, "본체", ""},
		{"a cup set of one model", "닌자 블렌더 BN750 / 본체+컵", "닌자 BN750 컵 세트", order.Warn, KindBundle, "본체", ""},
		{"a mop pad set of one model", "로보락 S8 로봇청소기 / 본체+물걸레패드", "로보락 S8 물걸레 패드 세트", order.Warn, KindBundle, "본체", ""},
		{"a cleaning fluid set of one model", "필립스 면도기 S5000 / 본체+세정액", "필립스 S5000 세정액 세트", order.Warn, KindBundle, "본체", ""},
		{"the catalogue names the blender", "브라운 핸드블렌더 MQ5235 / 본품+다지기", "브라운 멀티퀵5 핸드블렌더 MQ5235 다지기 세트, 1개", "", "", "", ""},
		{"the catalogue names the air fryer", "필립스 에어프라이어 HD9252 / 본체+그릴팬", "필립스 에어프라이어 HD9252 그릴팬 세트", "", "", "", ""},
	})
}
