package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestUnnamedColourAgainstACatalogueName: a colour that only the seller's option names, against a
// catalogue name that leaves it out and leaves no word of its own unexplained, is the goods' one
// colour (onecolourgoods.go; until then 확인 필요), not a block; a word the catalogue name adds may be a colour and keeps the block, and so does a
// colour against a name that is no catalogue name (names of no table).
func TestUnnamedColourAgainstACatalogueName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a catalogue name leaves the colour out", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글, 1개", "", "", "", ""},
		{"the colour in the option of a lamp", "필립스 LED 스탠드 / 24W 화이트", "필립스 LED 스탠드 24W, 1개", "", "", "", ""},
		{"a word the catalogue adds may be the colour", "필립스 LED 스탠드 / 24W 화이트", "필립스 LED 스탠드 24W 오로라, 1개", order.Block, KindColor, "화이트", ""},
		{"no catalogue name: the buyer's choice", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글", order.Block, KindColor, "그레이", ""},
		{"two colours still conflict", "보국 전기요 싱글 / 그레이", "보국 전기요 싱글 핑크, 1개", order.Block, KindColor, "그레이", "핑크"},
		{"a count that differs still blocks", "보국 전기요 싱글 / 그레이 2개", "보국 전기요 싱글, 1개", order.Block, KindCount, "2개", "1개"},
	})
}

// TestColourSaidByOneName: a colour said by one name: a colour of the product part is wording, a
// colour of the option part the buyer's choice; the catalogue adds the model's colour to an option
// of quantities, of a size or of a model code; another colour still differs (names of no table).
func TestColourSaidByOneName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a colour the catalogue adds to an option of quantities", "쿠쿠 전기밥솥 CRP-P0660 / 6인용", "쿠쿠 6인용 전기밥솥 CRP-P0660 화이트", "", "", "", ""},
		{"a colour added to an option that names something else", "기계식 키보드 / 갈축", "기계식 키보드 갈축 화이트", order.Block, KindColor, "", "화이트"},
		{"a colour the catalogue adds to an option of a model code", "로보락 로봇청소기 / Q7", "Roborock 로보락 로봇청소기 Q7 화이트", "", "", "", ""},
		{"a colour of the product part before a shared noun is wording", "실버 체인 팔찌 / 18cm", "체인 팔찌 18cm", "", "", "", ""},
		{"a colour of the option part is the buyer's choice", "체인 팔찌 / 실버 18cm", "체인 팔찌 18cm", order.Block, KindColor, "실버", ""},
		{"a colour that ends the product part names the variant", "로지텍 마우스 블랙 / M650", "로지텍 마우스 M650", order.Block, KindColor, "블랙", ""},
		{"a colour added to an option of a size", "크록스 지비츠 참 / L", "크록스 지비츠 참 L 네이비", "", "", "", ""},
		{"a colour against another colour with the size", "크록스 지비츠 참 / 블랙 L", "크록스 지비츠 참 L 네이비", order.Block, KindColor, "블랙", "네이비"},
		{"the model's one colour left out", "샤오미 로봇청소기 S10 / 화이트", "Xiaomi S10 로봇 청소기", "", "", "", ""},
		{"a model number of four digits", "브라더 라벨프린터 2730 / 블랙", "Brother 2730 라벨 프린터", "", "", "", ""},
		{"the catalogue adds the model's colour", "샤오미 로봇청소기 S10 / 본체", "샤오미 S10 로봇청소기 화이트", "", "", "", ""},
		{"without a shared code the colour is the buyer's choice", "뉴에라 캡모자 / 블랙", "뉴에라 캡모자", order.Block, KindColor, "블랙", ""},
		{"another colour still differs", "샤오미 로봇청소기 S10 / 화이트", "샤오미 S10 로봇청소기 블랙", order.Block, KindColor, "화이트", "블랙"},
		{"a code ends the catalogue name", "LG 그램 15Z90S / 16GB 화이트", "LG 그램 인텔 15Z90S 16GB, 1개", "", "", "", ""},
		{"an unknown word where the option stands", "샤오미 로봇청소기 S10 / 화이트", "샤오미 S10 로봇청소기 미드나잇", order.Block, KindColor, "화이트", ""},
	})
}
