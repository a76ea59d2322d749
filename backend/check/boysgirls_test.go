package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBoysAndGirlsLines: 보이즈 and 걸즈 (boys, girls) are whom the goods are for, read with 남아
// and 여아: a boys' line against the women's, a girls' line against the men's, blocks; against
// goods that name no one it stays wording (names of no table).
func TestBoysAndGirlsLines(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a boys' line against the women's", "나이키 보이즈 후드티 / 블랙 L", "나이키 여성 후드티 블랙 L, 1개", order.Block, KindTarget, "보이즈", "여성"},
		{"a girls' line against the men's", "아디다스 걸즈 트레이닝 팬츠 / 130", "아디다스 남성 트레이닝 팬츠 130, 1개", order.Block, KindTarget, "걸즈", "남성"},
		{"in Latin letters", "푸마 Girls 레깅스 / 블랙 140", "푸마 남성 레깅스 블랙 140, 1개", order.Block, KindTarget, "Girls", "남성"},
		{"a boys' line against goods naming no one", "나이키 보이즈 후드티 / 블랙 L", "나이키 후드티 블랙 L, 1개", "", "", "", ""},
		{"a boys' line against 남아", "뉴발란스 보이즈 운동화 / 220", "뉴발란스 남아 운동화 220, 1개", "", "", "", ""},
	})
}

// TestChildGenderAgainstChildren: a boys' or girls' line (보이즈, 여아) against goods the other
// name calls children's (키즈, 아동, 주니어) and no one's gender is the same children's goods; against
// a gender of children or adults it still blocks (names of no table).
func TestChildGenderAgainstChildren(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a boys' line against a kids' line", "뉴발란스 보이즈 운동화 / 220", "뉴발란스 키즈 운동화 220, 1개", "", "", "", ""},
		{"a girl's against a child's", "여아 원피스 / 핑크 120", "아동 원피스 핑크 120, 1개", "", "", "", ""},
		{"a girls' line against a junior line", "아디다스 걸즈 레깅스 / 130", "아디다스 주니어 레깅스 130, 1개", "", "", "", ""},
		{"a boy's against a girl's child line", "남아 원피스 / 120", "여아 아동 원피스 120, 1개", order.Block, KindTarget, "남아", "여아, 아동"},
		{"a boys' line against a women's", "뉴발란스 보이즈 운동화 / 220", "뉴발란스 여성 운동화 220, 1개", order.Block, KindTarget, "보이즈", "여성"},
	})
}
