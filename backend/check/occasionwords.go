package check

import "strings"

// A seller's title lists what the goods are for and what they go with beside the goods (캠핑
// 바베큐, 소금구이 캠핑용, 과일 야채 세척, 요리용 단맛): a flavour word written next to a use
// (a word ending in 용) or an occasion or a chore (캠핑, 홈파티, 세척, 보관, 요리) names the
// occasion or the food the goods are used with, not the flavour chosen. The option (/ 매운맛),
// a flavour the other name writes against it (바베큐 against 간장맛) and a taste in 맛 written
// right before the goods the other name writes (캠핑용 매운맛 라면, 어린이용 딸기맛 치약 against
// 라면, 치약: the goods' own taste) still count.

// occasionWords are the occasions and chores a search title names beside the goods.
var occasionWords = map[string]bool{
	"캠핑": true, "차박": true, "홈파티": true, "파티": true, "세척": true, "보관": true, "요리": true, "조리": true,
}

// occasionWord reports whether w is a listed occasion or a use word of two syllables or more
// ending in 용 (캠핑용, 요리용, 구이용).
func occasionWord(w string) bool {
	return occasionWords[w] || len(w) >= 6 && w[0] >= 0x80 && strings.HasSuffix(w, "용")
}

// besideOccasion leaves out the facts of rd (flavours only rd states, the other name stating none
// against them) written in rd's title right next to an occasion word, but for a taste of the
// goods other writes.
func besideOccasion(fs []fact, rd, other *reading) []fact {
	if rd.optStart == 0 || rd.optStart >= len(rd.name) {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.sp.End <= rd.optStart && rd.occasionNextTo(f.sp) && !rd.tasteOfGoods(f, other) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// occasionNextTo reports whether the word right before sp or right after it (spaces between
// only) is an occasion word.
func (rd *reading) occasionNextTo(sp Span) bool {
	first, last := -1, -1
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.Start == sp.Start {
			first = i
		}
		if t := &rd.toks[i]; t.sp.End == sp.End {
			last = i
		}
	}
	if first < 0 || last < first {
		return false
	}
	if first > 0 && rd.toks[first-1].kind == tWord && adjacentWords(rd, first-1) && occasionWord(rd.toks[first-1].text) {
		return true
	}
	return last+1 < len(rd.toks) && rd.toks[last+1].kind == tWord && adjacentWords(rd, last) && occasionWord(rd.toks[last+1].text)
}

// tasteOfGoods reports whether f is a taste written in 맛 and the word right after it is one other
// writes (매운맛 라면 against 라면): the goods' own taste, not what they go with.
func (rd *reading) tasteOfGoods(f fact, other *reading) bool {
	if !strings.HasSuffix(f.text, "맛") {
		return false
	}
	for i := range rd.toks {
		if rd.toks[i].sp.End == f.sp.End {
			return i+1 < len(rd.toks) && adjacentWords(rd, i) && rd.wordWrittenBy(i+1, other)
		}
	}
	return false
}
