package check

import "strings"

// A kitchen tool is sold by the food it works on (삼겹살 불판, 마늘 다지기, 청국장 발효기, 위스키
// 얼음틀): when both names name the goods as such a tool, a food word beside it says what the
// tool is for, not a flavour or a kind of goods chosen, and the seller's title lists several
// (마늘 양파 다지기) where the catalogue writes one or none. A tool word itself (다지기 against
// 프레스) is still compared, and nothing changes when either name is not a tool's. Two names that
// each write a food of their own beside the tool (마늘 다지기 against 양파 다지기, 레몬 스퀴저
// against 오렌지 스퀴저) name two uses, and their foods are compared.

// foodToolEndings end the words that name a tool for food.
var foodToolEndings = []string{
	"다지기", "프레스", "압착기", "불판", "그릴팬", "구이판", "돌판", "석쇠", "발효기", "메이커",
	"제조기", "얼음틀", "몰드", "슬라이서", "채칼", "착즙기", "스퀴저", "분쇄기", "탈수기", "찜기",
	"튀김기", "건조기", "절단기", "박피기", "채밀기", "빙수기", "반죽기", "제면기", "양념통",
	"조미료통", "보관용기", "밀폐용기", "쌀통", "강판", "그레이터", "제스터", "냉장고", "냉동고", "용기",
}

// sigFoodTools are the signatures of foodToolEndings, asked before a name is searched for them.
var sigFoodTools = sigsOf(foodToolEndings...)

// foodToolWord reports whether w ends in a tool for food.
func foodToolWord(w string) bool {
	for _, t := range foodToolEndings {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// namesFoodTool reports whether a word of rd names a tool for food.
func (rd *reading) namesFoodTool() bool {
	if !rd.says.mayWriteAny(sigFoodTools) {
		return false
	}
	for i := range rd.toks {
		if foodToolWord(rd.toks[i].text) || foodToolWord(rd.toks[i].raw) {
			return true
		}
	}
	return false
}

// toolFoodPair applies toolFoods to rx and ex, the values only the registered name r and only
// the exposed name e write, unless each writes a food of its own: then the two foods differ.
func toolFoodPair(rx, ex []fact, r, e *reading) ([]fact, []fact) {
	if (writesFood(rx) || wordBeforeTool(r, e, ex)) && (writesFood(ex) || wordBeforeTool(e, r, rx)) {
		return rx, ex // 마늘 다지기 vs 양파 다지기, 쌀 용기 vs 커피 용기: two uses, not one use written or not
	}
	return toolFoods(rx, r, e), toolFoods(ex, e, r)
}

// writesFood reports whether a value of fs is no tool word: a food a tool may work on.
func writesFood(fs []fact) bool {
	for _, f := range fs {
		if !foodToolWord(f.key) {
			return true
		}
	}
	return false
}

// toolFoods leaves out of fs, the values rd writes, those that are no tool word themselves when
// both names name a tool for food: the foods the tool works on. A value the seller's option
// writes (석쇠 / 바베큐) is the one chosen and stays.
func toolFoods(fs []fact, rd, other *reading) []fact {
	if len(fs) == 0 || !rd.namesFoodTool() || !other.namesFoodTool() {
		return fs
	}
	opt := rd.optStart > 0 && rd.optStart < len(rd.name)
	return dropFactsIf(fs, func(f fact) bool { return !foodToolWord(f.key) && !(opt && optionWrites(f, rd)) })
}

// wordBeforeTool reports whether rd writes, right before a tool word for food, a word that
// stands where a food of fs (values of other) stands before the same tool word in other: a Hangul
// word that reads no attribute, is no stop word and no tool word, and that other does not write.
// It is a food no listed value names (쌀 용기 against 커피 용기), that tool's use as much as the
// listed food is the other's.
func wordBeforeTool(rd, other *reading, fs []fact) bool {
	for _, f := range fs {
		k := tokenAt(other, f.sp)
		if k < 0 || k+1 >= len(other.toks) || other.toks[k+1].kind != tWord || !foodToolWord(other.toks[k+1].text) {
			continue
		}
		tool := other.toks[k+1].text
		for i := 0; i+1 < len(rd.toks); i++ {
			t, next := &rd.toks[i], &rd.toks[i+1]
			if next.kind != tWord || next.text != tool || t.kind != tWord || t.stop || t.attr || t.text[0] < 0x80 || foodToolWord(t.text) {
				continue
			}
			if !other.writesWord(t.text) {
				return true
			}
		}
	}
	return false
}
