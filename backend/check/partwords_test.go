package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// TestPartNamedByAnotherWord: a part one name joins with a plus, against a name that adds a part
// of its own (a plus, or a word with 포함), is one composition whose part is named by two words:
// 확인 필요, not a block. Against a name that adds no part the part is missing and still blocks;
// a plus between numbers (1+1) adds no part (names of no table).
func TestPartNamedByAnotherWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{"part against a part included", "캠핑 아이스박스 25L / 블루 + 어깨끈", "캠핑 아이스박스 25L 블루 스트랩 포함, 1개", order.Warn, KindBundle, "어깨끈", ""},
		{"part against a part joined", "샴푸 500ml / 본품 + 샤워볼", "샴푸 500ml 본품 + 여행용 파우치", order.Warn, KindBundle, "샤워볼", ""},
		{"part against a Latin part", "무선 이어폰 거치대 / 본체+고속충전기", "무선 이어폰 거치대 본체 + USB, 1개", order.Warn, KindBundle, "고속충전기", ""},
		{"no part on the other side: missing", "캠핑 아이스박스 25L / 블루 + 어깨끈", "캠핑 아이스박스 25L 블루, 1개", order.Block, KindBundle, "어깨끈", ""},
		{"a count with a plus adds no part", "샴푸 500ml 1+1 / 본품 + 샤워볼", "샴푸 500ml 1+1", order.Block, KindBundle, "샤워볼", ""},
		{"a charge included is no part", "블루투스 스피커 / 본체+거치대", "블루투스 스피커 본체 부가세 포함, 1개", order.Block, KindBundle, "거치대", ""},
		{"a brand with a plus adds no part", "블랙앤데커 무선 청소기 / 본체+배터리", "BLACK+DECKER 무선 청소기 본체, 1개", order.Block, KindBundle, "배터리", ""},
	})
}

// TestAddsPart reads which names add a part: a word after a plus or before 포함, not a plus
// between numbers.
func TestAddsPart(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"샴푸 500ml 본품 + 여행용 파우치", true},
		{"무선 이어폰 거치대 + USB, 1개", true},
		{"캠핑 아이스박스 25L 스트랩 포함", true},
		{"샴푸 500ml 1+1 쇼핑백", false},
		{"샴푸 500ml 2 + 1 파우치", false},
		{"샴푸 500ml, 1개", false},
		{"BLACK+DECKER 무선 청소기, 1개", false},
		{"블루투스 스피커 본체 배송비 포함, 1개", false},
	} {
		var f folded
		var rd reading
		rd.read(tc.name, &f, nil)
		assert.Equal(t, tc.want, rd.addsPart(), tc.name)
	}
}

// TestServiceIsNoPart (review 33, names of no table): an engraving or an assembly included is a
// service the price covers, not a part the other name adds: the missing part still blocks.
func TestServiceIsNoPart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an engraving included", "텀블러 / 500ml+파우치", "텀블러 500ml 각인 포함, 1개", order.Block, KindBundle, "파우치", ""},
		{"a part beside an engraving still warns", "텀블러 / 500ml+파우치", "텀블러 500ml + 각인 + 스트랩, 1개", order.Warn, KindBundle, "파우치", ""},
	})
}

// TestPartsJoinedByAPlus: a part joined by a plus, also after a measure or after a word that
// relates it to the goods (전용, 추가), is an added part unless both names write it (names of no
// table).
func TestPartsJoinedByAPlus(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a part after a plus that starts with a measure", "엡손 빔프로젝터 EF-21 / 단품", "엡손 EF-21 빔프로젝터 + 80인치 삼각대 세트", order.Block, KindBundle, "", "삼각대"},
		{"a part after 전용", "브리타 정수기 / 3.5L", "브리타 정수기 3.5L + 전용 필터 세트", order.Block, KindBundle, "", "필터"},
		{"a part after 추가", "에어팟 프로 / 2세대", "에어팟 프로 2세대 + 추가 케이스", order.Block, KindBundle, "", "케이스"},
		{"the part both names write", "브리타 정수기 / 3.5L + 필터", "브리타 정수기 3.5L + 전용 필터 세트", "", "", "", ""},
	})
}
