package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestUsesGroupsJoinOneGroup: a group of the third trade vocabulary joins at most one earlier
// group, so all its words compare as one word; none of its words is an attribute of the lexicon
// or a stop word, which the word rule never reads.
func TestUsesGroupsJoinOneGroup(t *testing.T) { assertGroupsJoinOne(t, usesGroups) }

// TestCompareNamesUsesVocabulary: names of no table, written for the third trade vocabulary.
// Each same-goods pair warned (확인 필요) before it; the different-goods pairs still differ.
func TestCompareNamesUsesVocabulary(t *testing.T) {
	tests := []nameCase{
		// names of one thing
		{"an office chair for the office in two words", "메쉬 의자 / 사무용", "메쉬 의자 오피스용", "", "", "", ""},
		{"a kitchen scale for the kitchen as a loanword", "스텐 주방용 저울 / 5kg", "스텐 키친용 저울 5kg", "", "", "", ""},
		{"a detachable hook in two words", "욕실 수건걸이 / 탈부착", "욕실 수건걸이 탈착식", "", "", "", ""},
		{"toothbrush heads as a loanword", "전동칫솔 칫솔모 / 4개입", "전동칫솔 칫솔헤드 4개입", "", "", "", ""},
		{"a stand-up pouch in two spellings", "지퍼 스탠딩파우치 / 100매", "지퍼 스탠드파우치 100매", "", "", "", ""},
		{"a lobster in the everyday word", "캐나다 랍스터 / 500g", "캐나다 바닷가재 500g", "", "", "", ""},
		{"a blank bottle in two words", "유리 공병 / 100ml", "유리 빈병 100ml", "", "", "", ""},
		{"hand trucks in the trade word", "유압 핸드파레트 / 2.5톤", "유압 핸드자키 2.5톤", "", "", "", ""},
		{"a beginner's model in two words", "우쿨렐레 / 입문용", "우쿨렐레 초보자용", "", "", "", ""},
		{"winter goods in two words", "차량용 성에제거기 / 겨울용", "차량용 성에제거기 동절기용", "", "", "", ""},
		{"a ritual table in two words", "원목 제사상 / 2단", "원목 차례상 2단", "", "", "", ""},
		// different goods stay apart
		{"an office model is no kitchen model", "스텐 저울 / 사무용", "스텐 저울 주방용", order.Warn, KindWord, "사무용", "주방용"},
		{"a beginner's model is no expert's", "우쿨렐레 / 입문용", "우쿨렐레 전문가용", order.Warn, KindWord, "입문용", "전문가용"},
		{"winter goods are no summer goods", "차량용 햇빛가리개 / 겨울용", "차량용 햇빛가리개 여름용", order.Warn, KindWord, "겨울용", "여름용"},
		{"a pot lid is no pan lid", "유리 냄비뚜껑 / 24cm", "유리 팬뚜껑 24cm", order.Warn, KindWord, "냄비뚜껑", "팬뚜껑"},
	}
	runNameCases(t, tests)
}
