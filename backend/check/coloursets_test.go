package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestColourSetsHold: one name's colours holding every colour the other writes (a two-coloured
// shoe, a bag and its trim, a label tape's ground and letters) ask for a look; colours that each
// leave one out, a colourway written as one word, a colour glued to the goods' name and an added
// colour of two colours in one word still block (names of no table).
func TestColourSetsHold(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a two-coloured shoe against its main colour", "나이키 코르테즈 운동화 / 블랙 화이트 260", "나이키 코르테즈 운동화 블랙 260mm", order.Warn, KindColor, "화이트", "블랙"},
		{"a bag with its trim colour", "캔버스 토트백 / 아이보리", "캔버스 토트백 아이보리 베이지, 1개", order.Warn, KindColor, "아이보리", "베이지"},
		{"a label tape's ground and letters", "라벨테이프 12mm / 흰색/파랑", "라벨 테이프 12mm 화이트, 1개", order.Warn, KindColor, "파랑", "화이트"},
		{"each name leaves a colour out", "나이키 코르테즈 운동화 / 블랙 260", "나이키 코르테즈 운동화 화이트 260mm", order.Block, KindColor, "블랙", "화이트"},
		{"a colourway written as one word", "반스 올드스쿨 / 네이비앤화이트 250", "반스 올드스쿨 네이비 250", order.Block, KindColor, "네이비앤화이트", "네이비"},
		{"a colour glued to the goods' name", "블랙박스 QX5 / 화이트", "블랙박스 QX5 블랙, 1개", order.Block, KindColor, "화이트", "블랙"},
		{"an added colour of two colours in one word", "원목 의자 / 아이보리", "원목 의자 블랙브라운 아이보리", order.Block, KindColor, "아이보리", "블랙브라운, 블랙브라운"},
	})
}
