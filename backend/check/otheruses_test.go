package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A use or place written as a bare noun (주방, 겨울, 원예) stands where the other name writes
// another use in 용 before the same goods (욕실용, 여름용, 주방용): two uses, other goods, a look
// (확인 필요). A rule that reads a catalogue's lone X용 as mere description (여행용 against the
// seller's 해외여행) lets these pass: measured in testdata/check/round39_results.md. Names of no
// table.
func TestAUseNounAgainstAnotherUse(t *testing.T) {
	runNameCases(t, []nameCase{
		{"kitchen against bathroom", "주방 세제 / 500ml", "욕실용 세제 500ml, 1개", order.Warn, KindWord, "주방", "욕실용"},
		{"indoors against bathroom", "실내 슬리퍼 / 260", "욕실용 슬리퍼 260, 1개", order.Warn, KindWord, "실내", "욕실용"},
		{"winter against summer", "겨울 장갑 / 블랙", "여름용 장갑 블랙, 1개", order.Warn, KindWord, "겨울", "여름용"},
		{"home against car", "가정 소화기 / 1개", "차량용 소화기, 1개", order.Warn, KindWord, "가정", "차량용"},
		{"garden against kitchen", "원예 가위 / 1개", "주방용 가위, 1개", order.Warn, KindWord, "원예", "주방용"},
		{"hiking against golf", "등산 양말 / 3켤레", "골프용 양말, 3켤레", order.Warn, KindWord, "등산", "골프용"},
		{"fishing against camping", "낚시 의자 / 블랙", "캠핑용 의자 블랙, 1개", order.Warn, KindWord, "낚시", "캠핑용"},
	})
}
