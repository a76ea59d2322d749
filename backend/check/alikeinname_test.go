package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The catalogue's one word left over is the seller's word elsewhere in a long title, read as one
// thing, one use, or a type word and its whole stem (alikeinname.go); a stem that only begins the
// other word, or a word of another thing, still asks for a look.
func TestAlikeInName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a use word against its other spelling in a long title", "차량 햇빛가리개 자동차 앞유리 인테리어 튜닝 / 블랙", "앞유리 햇빛가리개 차량용, 블랙", "", "", "", ""},
		{"one pet written two ways", "애완견 빗 전문가용 슬리커 / 대형", "반려견 슬리커 빗 대형, 1개", "", "", "", ""},
		{"a type word against its whole stem", "등산 배낭 가방 여행 캠핑 대용량 / 네이비", "배낭형 가방 네이비, 1개", "", "", "", ""},
		{"a type word whose stem is the same thing", "과탄산소다 가루형 표백제 얼룩제거 / 1kg", "과탄산소다 분말, 1kg", "", "", "", ""},
		{"a stem that only begins the other word", "원목 수저받침 식탁용 / 4개", "원목 젓가락 식탁매트, 4개", order.Warn, KindWord, "수저받침, 식탁용", "젓가락, 식탁매트"},
		{"a type against a word it only begins", "휴지걸이 욕실 스텐 / 선반없음", "휴지걸이 선반형 스텐, 1개", order.Warn, KindWord, "욕실", "선반형"},
		{"a substitution beside a word read alike", "차량 방향제 디퓨저 실내 / 바닐라", "차량용 방향제 석고, 바닐라", order.Warn, KindWord, "디퓨저, 실내", "석고"},
	})
}
